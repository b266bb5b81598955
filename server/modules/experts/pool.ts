// Administration of the expert pool (专家库): profiles of staff holding the expert role.
// Each change is one transaction with its audit record.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { writeAudit } from '../../lib/audit/audit-log.ts';
import { creditCodeSchema } from '../../lib/codes/zod.ts';
import { AppError } from '../../lib/errors.ts';
import type { DB } from '../../db/types.ts';
import { authorize } from '../identity/authorize.ts';
import { actorOf, type Principal } from '../identity/principal.ts';
import { EXPERT_CATEGORIES } from './categories.ts';
import { expertsPolicy } from './policy.ts';
import * as store from './store.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
export const expertProfileSchema = z.object({
  category: z.enum(EXPERT_CATEGORIES).describe('专家类别'),
  fields: z.array(text(30)).max(10).describe('专业领域'),
  unitName: text(100).describe('所在单位'),
  unitCreditCode: creditCodeSchema.nullable().describe('所在单位统一社会信用代码'),
  relations: z
    .array(z.object({ creditCode: creditCodeSchema.nullable(), name: text(100), note: z.string().trim().max(200).optional() }))
    .max(50)
    .describe('申报的利害关系单位（不得评审其申请）'),
  active: z.boolean(),
});
export const createExpertSchema = expertProfileSchema.extend({ personId: z.uuid('人员编号格式不正确') });

export const expertSchema = expertProfileSchema.extend({
  personId: z.string(),
  name: z.string(),
  staffNo: z.string(),
  /** Drawable now: profile and staff record active, expert role held. */
  available: z.boolean(),
});

export function presentExpert(r: store.ProfileRow): z.infer<typeof expertSchema> {
  return {
    personId: r.person_id, name: r.name, staffNo: r.staff_no, category: r.category, fields: r.fields,
    unitName: r.unit_name, unitCreditCode: r.unit_credit_code, relations: r.relations.map((x) => ({ creditCode: x.creditCode, name: x.name, ...(x.note ? { note: x.note } : {}) })),
    active: r.active, available: r.active && r.staff_active && r.has_role,
  };
}

export function createExpertPool(db: Kysely<DB>) {
  return {
    async list(p: Principal, q: { q?: string; category?: (typeof EXPERT_CATEGORIES)[number] }) {
      authorize(expertsPolicy, p, 'pool.list');
      return (await store.listProfiles(db, q)).map(presentExpert);
    },

    /** A profile for a staff person holding the expert role. */
    async create(p: Principal, input: z.infer<typeof createExpertSchema>) {
      authorize(expertsPolicy, p, 'pool.manage');
      return db.transaction().execute(async (tx) => {
        if (!(await store.expertStaff(tx, input.personId))) throw new AppError('EXPERT_ROLE_REQUIRED');
        if (!(await store.insertProfile(tx, input.personId, input))) throw new AppError('EXPERT_EXISTS');
        await writeAudit(tx, { actor: actorOf(p).id, action: 'expert.created', subjectType: 'expert', subjectId: input.personId, data: { ...input } });
        return presentExpert((await store.getProfile(tx, input.personId))!);
      });
    },

    async update(p: Principal, personId: string, input: z.infer<typeof expertProfileSchema>) {
      authorize(expertsPolicy, p, 'pool.manage');
      return db.transaction().execute(async (tx) => {
        const before = await store.getProfile(tx, personId);
        if (!before || !(await store.updateProfile(tx, personId, input))) throw new AppError('EXPERT_NOT_FOUND');
        await writeAudit(tx, { actor: actorOf(p).id, action: 'expert.updated', subjectType: 'expert', subjectId: personId, data: { before: presentExpert(before), after: input } });
        return presentExpert((await store.getProfile(tx, personId))!);
      });
    },

    /** Demo data: profiles for the demo experts (staff by ID number), unless they have one. */
    async seed(list: Array<{ idNumber: string } & store.ProfileValues>) {
      await db.transaction().execute(async (tx) => {
        for (const e of list) {
          const personId = await store.staffByIdNumber(tx, e.idNumber);
          if (personId) await store.insertProfile(tx, personId, e);
        }
      });
    },
  };
}

export type ExpertPool = ReturnType<typeof createExpertPool>;
