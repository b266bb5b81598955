// The identity module's SQL: people, enterprises, handlers, staff, login attempts, sessions.
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Queryable } from '../../db/types.ts';
import type { IdentityClaims } from './claims.ts';
import type { RoleScope, StaffRole, SubjectType } from './tables.ts';

export async function upsertPerson(tx: Queryable, c: { idNumber: string; name: string; mobile: string | null }): Promise<string> {
  const row = await tx
    .insertInto('person')
    .values({ id_number: c.idNumber, name: c.name, mobile: c.mobile })
    .onConflict((oc) => oc.column('id_number').doUpdateSet({ name: c.name, mobile: c.mobile, updated_at: sql`now()` }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The person with this ID number, created with these details if unknown; an existing person's details are left alone. */
export async function ensurePerson(tx: Queryable, c: { idNumber: string; name: string; mobile: string | null }): Promise<{ id: string; created: boolean }> {
  const inserted = await tx
    .insertInto('person')
    .values({ id_number: c.idNumber, name: c.name, mobile: c.mobile })
    .onConflict((oc) => oc.column('id_number').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const row = await tx.selectFrom('person').select('id').where('id_number', '=', c.idNumber).executeTakeFirstOrThrow();
  return { id: row.id, created: false };
}

export async function staffNoTaken(db: Queryable, staffNo: string): Promise<boolean> {
  return (await db.selectFrom('staff').select('person_id').where('staff_no', '=', staffNo).executeTakeFirst()) !== undefined;
}

export async function upsertEnterprise(tx: Queryable, e: IdentityClaims['enterprises'][number]): Promise<string> {
  const values = { name: e.name, legal_representative: e.legal_representative ?? null, address: e.address ?? null };
  const row = await tx
    .insertInto('enterprise')
    .values({ credit_code: e.credit_code, ...values })
    .onConflict((oc) => oc.column('credit_code').doUpdateSet({ ...values, updated_at: sql`now()` }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function linkHandler(tx: Queryable, enterpriseId: string, personId: string, role: 'legal_representative' | 'handler') {
  await tx
    .insertInto('enterprise_handler')
    .values({ enterprise_id: enterpriseId, person_id: personId, role })
    .onConflict((oc) => oc.columns(['enterprise_id', 'person_id']).doUpdateSet({ role, last_seen_at: sql`now()` }))
    .execute();
}

/** The enterprises a person may act for (as last asserted by the identity platform). */
export async function enterprisesOf(db: Queryable, personId: string) {
  return db
    .selectFrom('enterprise_handler as h')
    .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
    .select(['e.id', 'e.credit_code', 'e.name', 'e.legal_representative', 'e.address', 'h.role'])
    .where('h.person_id', '=', personId)
    .orderBy('e.credit_code')
    .execute();
}

/** Drops handler links the identity platform no longer asserts. */
export async function unlinkOtherEnterprises(tx: Queryable, personId: string, keep: string[]) {
  let q = tx.deleteFrom('enterprise_handler').where('person_id', '=', personId);
  if (keep.length) q = q.where('enterprise_id', 'not in', keep);
  await q.execute();
}

export async function staffOf(db: Queryable, personId: string) {
  const staff = await db.selectFrom('staff').selectAll().where('person_id', '=', personId).where('active', '=', true).executeTakeFirst();
  if (!staff) return null;
  const roles = await db.selectFrom('staff_role').select(['role', 'scope']).where('person_id', '=', personId).orderBy('role').execute();
  return { staffNo: staff.staff_no, office: staff.office, roles };
}

export async function upsertStaff(tx: Queryable, personId: string, s: { staffNo: string; office: string; roles: StaffRole[]; scope?: RoleScope }) {
  await tx
    .insertInto('staff')
    .values({ person_id: personId, staff_no: s.staffNo, office: s.office })
    .onConflict((oc) => oc.column('person_id').doNothing())
    .execute();
  for (const role of s.roles) {
    await tx
      .insertInto('staff_role')
      .values({ person_id: personId, role, scope: JSON.stringify(s.scope ?? { offices: [s.office] }) })
      .onConflict((oc) => oc.columns(['person_id', 'role']).doNothing())
      .execute();
  }
}

export async function getPerson(db: Queryable, id: string) {
  return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
}

// ---------- login attempts ----------

export async function insertLoginAttempt(tx: Queryable, a: { state: string; nonce: string; codeVerifier: string; browserHash: string; returnTo: string; ttlSeconds: number }) {
  await tx
    .insertInto('login_attempt')
    .values({
      state: a.state, nonce: a.nonce, code_verifier: a.codeVerifier, browser_hash: a.browserHash, return_to: a.returnTo,
      expires_at: sql`now() + make_interval(secs => ${a.ttlSeconds})` as never, used_at: null,
    })
    .execute();
  // Keep the table small: forget attempts that expired a day ago.
  await tx.deleteFrom('login_attempt').where('expires_at', '<', sql<Date>`now() - interval '1 day'`).execute();
}

/** Marks the attempt used and returns it, once; null if unknown, used, expired or from another browser. */
export async function consumeLoginAttempt(tx: Queryable, state: string, browserHash: string) {
  return (
    (await tx
      .updateTable('login_attempt')
      .set({ used_at: sql`now()` })
      .where('state', '=', state)
      .where('browser_hash', '=', browserHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning(['nonce', 'code_verifier', 'return_to'])
      .executeTakeFirst()) ?? null
  );
}

// ---------- sessions ----------

export async function insertSession(
  tx: Queryable,
  s: { id: string; personId: string; subjectType: SubjectType; enterpriseId: string | null; csrfToken: string; idToken: string | null; ip: string; userAgent: string; maxSeconds: number },
) {
  await tx
    .insertInto('session')
    .values({
      id: s.id, person_id: s.personId, subject_type: s.subjectType, enterprise_id: s.enterpriseId, csrf_token: s.csrfToken,
      id_token: s.idToken, ip: s.ip, user_agent: s.userAgent.slice(0, 300),
      expires_at: sql`now() + make_interval(secs => ${s.maxSeconds})` as never, revoked_at: null,
    })
    .execute();
}

/** How stale last_seen_at may get before a request writes it again (idle timeouts are this precise). */
const TOUCH_EVERY_SECONDS = 30;

/**
 * The live session with this id and who it is — the person's name, the enterprise a handler
 * acts for (if the link still exists), the active staff record and its roles — in one
 * statement, since every signed-in request runs it; null when expired, idle too long or
 * revoked. Marks it seen, but writes only when the last mark is older than
 * TOUCH_EVERY_SECONDS: a write (and a WAL flush) on every request would make busy sessions
 * contend on their own row.
 */
export async function touchSession(db: Queryable, id: string, idleSeconds: number) {
  const live = await db
    .selectFrom('session as s')
    .innerJoin('person as p', 'p.id', 's.person_id')
    .leftJoin('enterprise_handler as h', (j) => j.onRef('h.person_id', '=', 's.person_id').onRef('h.enterprise_id', '=', 's.enterprise_id'))
    .leftJoin('enterprise as e', 'e.id', 'h.enterprise_id')
    .leftJoin('staff as st', (j) => j.onRef('st.person_id', '=', 's.person_id').on('st.active', '=', true))
    .select(['s.id', 's.person_id', 's.subject_type', 's.enterprise_id', 's.csrf_token', 's.id_token', 's.created_at', 's.expires_at'])
    .select(['p.name as person_name', 'e.id as linked_enterprise_id', 'e.credit_code as enterprise_credit_code', 'e.name as enterprise_name', 'st.person_id as staff_person_id'])
    .select((eb) => jsonArrayFrom(eb.selectFrom('staff_role as r').select(['r.role', 'r.scope']).whereRef('r.person_id', '=', 's.person_id').orderBy('r.role')).as('roles'))
    .select(sql<boolean>`s.last_seen_at < now() - make_interval(secs => ${Math.min(TOUCH_EVERY_SECONDS, idleSeconds / 2)})`.as('stale'))
    .where('s.id', '=', id)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('s.last_seen_at', '>', sql<Date>`now() - make_interval(secs => ${idleSeconds})`)
    .executeTakeFirst();
  if (!live) return null;
  if (live.stale) await db.updateTable('session').set({ last_seen_at: sql`now()` }).where('id', '=', id).execute();
  const { stale: _stale, ...row } = live;
  return row;
}

/** A session row with its principal's parts, as touchSession reads it. */
export type SessionPrincipalRow = NonNullable<Awaited<ReturnType<typeof touchSession>>>;

export async function revokeSession(tx: Queryable, id: string, personId?: string): Promise<boolean> {
  let q = tx.updateTable('session').set({ revoked_at: sql`now()` }).where('id', '=', id).where('revoked_at', 'is', null);
  if (personId) q = q.where('person_id', '=', personId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function setSessionEnterprise(tx: Queryable, id: string, enterpriseId: string) {
  await tx.updateTable('session').set({ enterprise_id: enterpriseId }).where('id', '=', id).execute();
}

export async function listSessions(db: Queryable, personId: string) {
  return db
    .selectFrom('session')
    .select(['id', 'ip', 'user_agent', 'created_at', 'last_seen_at', 'expires_at', 'revoked_at'])
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
}

// ---------- staff administration ----------

export async function listStaff(db: Queryable, q: { q?: string; page: number; pageSize: number }) {
  let query = db.selectFrom('staff as s').innerJoin('person as p', 'p.id', 's.person_id');
  if (q.q) query = query.where((eb) => eb.or([eb('p.name', 'like', `%${q.q}%`), eb('s.staff_no', 'like', `%${q.q}%`), eb('s.office', 'like', `%${q.q}%`)]));
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select(['p.id', 'p.name', 'p.id_number', 'p.mobile', 's.staff_no', 's.office', 's.active'])
    .orderBy('s.staff_no')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const roles = rows.length
    ? await db.selectFrom('staff_role').select(['person_id', 'role', 'scope']).where('person_id', 'in', rows.map((r) => r.id)).orderBy('role').execute()
    : [];
  return { rows: rows.map((r) => ({ ...r, roles: roles.filter((x) => x.person_id === r.id) })), total: total.n };
}

export async function getStaffRow(db: Queryable, personId: string, opts: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('staff as s').innerJoin('person as p', 'p.id', 's.person_id')
    .select(['p.id', 'p.name', 'p.id_number', 'p.mobile', 's.staff_no', 's.office', 's.active'])
    .where('s.person_id', '=', personId);
  if (opts.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) return null;
  const roles = await db.selectFrom('staff_role').select(['person_id', 'role', 'scope']).where('person_id', '=', personId).orderBy('role').execute();
  return { ...row, roles };
}

export async function replaceStaffRoles(tx: Queryable, personId: string, roles: Array<{ role: StaffRole; scope: RoleScope }>) {
  await tx.deleteFrom('staff_role').where('person_id', '=', personId).execute();
  if (roles.length) {
    await tx.insertInto('staff_role').values(roles.map((r) => ({ person_id: personId, role: r.role, scope: JSON.stringify(r.scope) }))).execute();
  }
}

export async function updateStaffRecord(tx: Queryable, personId: string, s: { office: string; active: boolean }) {
  await tx.updateTable('staff').set({ office: s.office, active: s.active }).where('person_id', '=', personId).execute();
}

export async function insertStaffRecord(tx: Queryable, personId: string, s: { staffNo: string; office: string }): Promise<boolean> {
  const r = await tx.insertInto('staff').values({ person_id: personId, staff_no: s.staffNo, office: s.office })
    .onConflict((oc) => oc.doNothing()).returning('person_id').executeTakeFirst();
  return r !== undefined;
}

/** Ends every live session of a person (e.g. when deactivated). */
export async function revokeAllSessions(tx: Queryable, personId: string) {
  await tx.updateTable('session').set({ revoked_at: sql`now()` }).where('person_id', '=', personId).where('revoked_at', 'is', null).execute();
}
