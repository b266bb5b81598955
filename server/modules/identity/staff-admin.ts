// Administration of staff, their roles and data scopes. Every use case checks the
// identity policy first and writes its audit record in the same transaction. Personal
// data is masked in lists; reading it in full is a separate, audited action.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { writeAudit } from '../../lib/audit/audit-log.ts';
import { idCardSchema } from '../../lib/codes/zod.ts';
import { AppError } from '../../lib/errors.ts';
import { maskIdCard, maskMobile } from '../../lib/mask.ts';
import type { DB, Queryable } from '../../db/types.ts';
import { authorize } from './authorize.ts';
import { identityPolicy } from './policy.ts';
import { actorOf, type Principal } from './principal.ts';
import { STAFF_ROLES } from './roles.ts';
import * as store from './store.ts';

const list = z.array(z.string().trim().min(1).max(100)).max(200).optional();
export const roleScopeSchema = z.object({ offices: list, regions: list, servicePoints: list, items: list }).strict();
export const roleGrantSchema = z.object({ role: z.enum(STAFF_ROLES), scope: roleScopeSchema.default({}) });
const rolesSchema = z.array(roleGrantSchema).max(STAFF_ROLES.length).refine((r) => new Set(r.map((x) => x.role)).size === r.length, '同一角色不能重复授予');

export const createStaffSchema = z.object({
  idNumber: idCardSchema,
  name: z.string().trim().min(1).max(50),
  mobile: z.string().trim().regex(/^1\d{10}$/, '手机号应为 11 位数字').optional(),
  staffNo: z.string().trim().min(1).max(30),
  office: z.string().trim().min(1).max(100),
  roles: rolesSchema,
});
export const updateStaffSchema = z.object({
  office: z.string().trim().min(1).max(100),
  active: z.boolean(),
  roles: rolesSchema,
});

type StaffRow = NonNullable<Awaited<ReturnType<typeof store.getStaffRow>>>;

function present(r: StaffRow) {
  return {
    personId: r.id,
    name: r.name,
    idNumberMasked: maskIdCard(r.id_number),
    mobileMasked: maskMobile(r.mobile),
    staffNo: r.staff_no,
    office: r.office,
    active: r.active,
    roles: r.roles.map((x) => ({ role: x.role, scope: x.scope })),
  };
}

export function createStaffAdmin(db: Kysely<DB>) {
  const audit = (tx: Queryable, p: Principal, action: string, subjectId: string, data: Record<string, unknown>) =>
    writeAudit(tx, { actor: actorOf(p).id, action, subjectType: 'staff', subjectId, data });

  return {
    async list(p: Principal, q: { q?: string; page: number; pageSize: number }) {
      authorize(identityPolicy, p, 'staff.list');
      const { rows, total } = await store.listStaff(db, q);
      return { items: rows.map(present), total, page: q.page, pageSize: q.pageSize };
    },

    async create(p: Principal, input: z.infer<typeof createStaffSchema>) {
      authorize(identityPolicy, p, 'staff.manage');
      return db.transaction().execute(async (tx) => {
        // A person already known (e.g. from a login) keeps the name and mobile the identity platform gave.
        const person = await store.ensurePerson(tx, { idNumber: input.idNumber, name: input.name, mobile: input.mobile ?? null });
        const personId = person.id;
        if (await store.getStaffRow(tx, personId)) throw new AppError('STAFF_EXISTS');
        if (await store.staffNoTaken(tx, input.staffNo)) throw new AppError('STAFF_NO_TAKEN');
        if (!(await store.insertStaffRecord(tx, personId, input))) throw new AppError('STAFF_EXISTS'); // a concurrent twin
        await store.replaceStaffRoles(tx, personId, input.roles);
        await audit(tx, p, 'staff.created', personId, { staffNo: input.staffNo, office: input.office, roles: input.roles, newPerson: person.created });
        return present((await store.getStaffRow(tx, personId))!);
      });
    },

    /** Replaces office, active flag, roles and scopes; deactivating ends the person's sessions. */
    async update(p: Principal, personId: string, input: z.infer<typeof updateStaffSchema>) {
      authorize(identityPolicy, p, 'staff.manage');
      if (p.kind === 'user' && personId === p.personId && !(input.active && input.roles.some((r) => r.role === 'admin'))) {
        throw new AppError('STAFF_SELF_CHANGE');
      }
      return db.transaction().execute(async (tx) => {
        const before = await store.getStaffRow(tx, personId, { forUpdate: true });
        if (!before) throw new AppError('STAFF_NOT_FOUND');
        await store.updateStaffRecord(tx, personId, input);
        await store.replaceStaffRoles(tx, personId, input.roles);
        if (!input.active) await store.revokeAllSessions(tx, personId);
        await audit(tx, p, 'staff.updated', personId, {
          before: { office: before.office, active: before.active, roles: before.roles.map((r) => ({ role: r.role, scope: r.scope })) },
          after: input,
        });
        return present((await store.getStaffRow(tx, personId))!);
      });
    },

    /** The full ID number and mobile of a staff member; the read itself is audited. */
    async readPersonalData(p: Principal, personId: string) {
      authorize(identityPolicy, p, 'person.readPersonalData');
      return db.transaction().execute(async (tx) => {
        const row = await store.getStaffRow(tx, personId);
        if (!row) throw new AppError('STAFF_NOT_FOUND');
        await audit(tx, p, 'personal_data.read', personId, { fields: ['idNumber', 'mobile'] });
        return { personId, idNumber: row.id_number, mobile: row.mobile };
      });
    },
  };
}

export type StaffAdmin = ReturnType<typeof createStaffAdmin>;
