// The experts module's SQL: the pool (profiles) and the panels of cases.
import { sql } from 'kysely';
import type { Queryable } from '../../db/types.ts';
import type { ExpertCategory, Recommendation } from './categories.ts';
import type { ExpertRule } from './rules.ts';
import type { ExpertRelation } from './tables.ts';

// ---------- pool ----------

/** Profiles with the person's name, whether the staff record is active and still holds the expert role. */
function profiles(db: Queryable) {
  return db
    .selectFrom('expert_profile as x')
    .innerJoin('person as p', 'p.id', 'x.person_id')
    .innerJoin('staff as s', 's.person_id', 'x.person_id')
    .select([
      'x.person_id', 'p.name', 's.staff_no', 's.active as staff_active', 'x.category', 'x.fields', 'x.unit_name', 'x.unit_credit_code',
      'x.relations', 'x.active', 'x.updated_at',
      sql<boolean>`exists (select 1 from staff_role r where r.person_id = x.person_id and r.role = 'expert')`.as('has_role'),
    ]);
}
export type ProfileRow = Awaited<ReturnType<ReturnType<typeof profiles>['executeTakeFirstOrThrow']>>;

export async function listProfiles(db: Queryable, q: { q?: string; category?: ExpertCategory }) {
  let query = profiles(db);
  if (q.q) query = query.where((eb) => eb.or([eb('p.name', 'like', `%${q.q}%`), eb('x.unit_name', 'like', `%${q.q}%`)]));
  if (q.category) query = query.where('x.category', '=', q.category);
  return query.orderBy('s.staff_no').execute();
}

export async function getProfile(db: Queryable, personId: string) {
  return profiles(db).where('x.person_id', '=', personId).executeTakeFirst();
}

/** The experts who may be drawn or assigned: active profile, active staff, expert role held. */
export async function activePool(db: Queryable) {
  return profiles(db)
    .where('x.active', '=', true)
    .where('s.active', '=', true)
    .where(sql<boolean>`exists (select 1 from staff_role r where r.person_id = x.person_id and r.role = 'expert')`)
    .execute();
}

/** A staff person holding the expert role (only they may have a profile), with their name. */
export async function expertStaff(db: Queryable, personId: string) {
  return db
    .selectFrom('staff_role as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select(['p.id', 'p.name'])
    .where('r.person_id', '=', personId)
    .where('r.role', '=', 'expert')
    .executeTakeFirst();
}

export async function staffByIdNumber(db: Queryable, idNumber: string): Promise<string | null> {
  const r = await db.selectFrom('person as p').innerJoin('staff as s', 's.person_id', 'p.id').select('p.id').where('p.id_number', '=', idNumber).executeTakeFirst();
  return r?.id ?? null;
}

export interface ProfileValues {
  category: ExpertCategory;
  fields: string[];
  unitName: string;
  unitCreditCode: string | null;
  relations: ExpertRelation[];
  active: boolean;
}

const profileColumns = (v: ProfileValues) => ({
  category: v.category,
  fields: JSON.stringify(v.fields),
  unit_name: v.unitName,
  unit_credit_code: v.unitCreditCode,
  relations: JSON.stringify(v.relations),
  active: v.active,
});

/** Inserts a profile; false when the person has one already. */
export async function insertProfile(tx: Queryable, personId: string, v: ProfileValues): Promise<boolean> {
  const r = await tx.insertInto('expert_profile').values({ person_id: personId, ...profileColumns(v) }).onConflict((oc) => oc.column('person_id').doNothing()).executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateProfile(tx: Queryable, personId: string, v: ProfileValues): Promise<boolean> {
  const r = await tx.updateTable('expert_profile').set({ ...profileColumns(v), updated_at: sql`now()` }).where('person_id', '=', personId).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---------- panels ----------

export async function openPanel(db: Queryable, caseId: string, opts: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('case_expert_panel').selectAll().where('case_id', '=', caseId).where('closed_at', 'is', null);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function insertPanel(tx: Queryable, p: { caseId: string; state: string; method: 'draw' | 'manual'; rule: ExpertRule; draw: Record<string, unknown> | null; createdBy: string }) {
  const row = await tx
    .insertInto('case_expert_panel')
    .values({ case_id: p.caseId, state: p.state, method: p.method, rule: JSON.stringify(p.rule), draw: p.draw ? JSON.stringify(p.draw) : null, created_by: p.createdBy, closed_at: null, close_reason: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Closes the case's open panel (the step ended, or it is being replaced); how many were closed. */
export async function closeOpenPanel(tx: Queryable, caseId: string, reason: 'step_closed' | 'replaced'): Promise<number> {
  const r = await tx.updateTable('case_expert_panel').set({ closed_at: sql`now()`, close_reason: reason }).where('case_id', '=', caseId).where('closed_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function insertReviews(tx: Queryable, panelId: string, caseId: string, experts: Array<{ personId: string; category: ExpertCategory }>) {
  await tx
    .insertInto('case_expert_review')
    .values(experts.map((e) => ({ panel_id: panelId, case_id: caseId, expert_person_id: e.personId, category: e.category, opinion: null, score: null, recommendation: null, answered_at: null, updated_at: null })))
    .execute();
}

/** The answers on the given panels, with each expert's name and unit. */
export async function reviews(db: Queryable, panelIds: string[]) {
  if (panelIds.length === 0) return [];
  return db
    .selectFrom('case_expert_review as r')
    .innerJoin('person as p', 'p.id', 'r.expert_person_id')
    .leftJoin('expert_profile as x', 'x.person_id', 'r.expert_person_id')
    .select(['r.panel_id', 'r.expert_person_id', 'p.name', 'r.category', 'x.unit_name', 'r.opinion', 'r.score', 'r.recommendation', 'r.answered_at', 'r.updated_at'])
    .where('r.panel_id', 'in', panelIds)
    .orderBy('p.name')
    .execute();
}

/** The case's panels that count, newest first: replaced ones (never answered) stay in the audit log and timeline only. */
export async function panelsOfCase(db: Queryable, caseId: string) {
  return db
    .selectFrom('case_expert_panel')
    .selectAll()
    .where('case_id', '=', caseId)
    .where((eb) => eb.or([eb('close_reason', 'is', null), eb('close_reason', '<>', 'replaced')]))
    .orderBy('created_at', 'desc')
    .execute();
}

/** How many of the panel's experts have answered, of how many. */
export async function answered(db: Queryable, panelId: string): Promise<{ answered: number; total: number }> {
  const r = await db
    .selectFrom('case_expert_review')
    .select([sql<number>`count(*)::int`.as('total'), sql<number>`count(answered_at)::int`.as('answered')])
    .where('panel_id', '=', panelId)
    .executeTakeFirstOrThrow();
  return r;
}

export async function saveAnswer(tx: Queryable, panelId: string, personId: string, a: { opinion: string; score: number; recommendation: Recommendation }): Promise<boolean> {
  const r = await tx
    .updateTable('case_expert_review')
    .set({ opinion: a.opinion, score: a.score, recommendation: a.recommendation, answered_at: sql`coalesce(answered_at, now())`, updated_at: sql`now()` })
    .where('panel_id', '=', panelId)
    .where('expert_person_id', '=', personId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Whether the person is (or was) on a panel of the case. */
export async function wasAssigned(db: Queryable, caseId: string, personId: string): Promise<boolean> {
  const r = await db.selectFrom('case_expert_review').select('panel_id').where('case_id', '=', caseId).where('expert_person_id', '=', personId).executeTakeFirst();
  return !!r;
}

/** The applicant enterprise's credit code (null for a natural person). */
export async function enterpriseCreditCode(db: Queryable, enterpriseId: string | null): Promise<string | null> {
  if (!enterpriseId) return null;
  const r = await db.selectFrom('enterprise').select('credit_code').where('id', '=', enterpriseId).executeTakeFirst();
  return r?.credit_code ?? null;
}
