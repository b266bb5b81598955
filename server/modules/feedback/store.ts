// The feedback module's SQL: ratings, follow-ups and appeals.
import { sql, type Insertable } from 'kysely';
import type { Queryable } from '../../db/types.ts';
import type { FeedbackTables } from './tables.ts';

type RatingInsert = Omit<Insertable<FeedbackTables['rating']>, 'indicators'> & { indicators: Record<string, number> };

export async function insertRating(tx: Queryable, r: RatingInsert): Promise<string | null> {
  // A second rating of the same case round or visit loses the unique index race quietly: null.
  const row = await tx
    .insertInto('rating')
    .values({ ...r, indicators: JSON.stringify(r.indicators) })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export const getRating = (db: Queryable, id: string) => db.selectFrom('rating').selectAll().where('id', '=', id).executeTakeFirst();

export const ratingOfCase = (db: Queryable, caseId: string) =>
  db.selectFrom('rating').selectAll().where('case_id', '=', caseId).orderBy('round', 'desc').executeTakeFirst();

export const additions = (db: Queryable, ratingId: string) =>
  db.selectFrom('rating_addition').select(['comment', 'at']).where('rating_id', '=', ratingId).orderBy('id').execute();

export async function addAddition(tx: Queryable, ratingId: string, comment: string) {
  await tx.insertInto('rating_addition').values({ rating_id: ratingId, comment }).execute();
}

// --- rating points (windows and offices) ---

export const listPoints = (db: Queryable) => db.selectFrom('rating_point').selectAll().orderBy('code').execute();
export const getPoint = (db: Queryable, code: string) => db.selectFrom('rating_point').selectAll().where('code', '=', code).executeTakeFirst();

export async function insertPoint(tx: Queryable, p: { code: string; kind: 'window' | 'office'; name: string; office: string }): Promise<boolean> {
  const row = await tx.insertInto('rating_point').values(p).onConflict((oc) => oc.column('code').doNothing()).returning('code').executeTakeFirst();
  return row !== undefined;
}

export async function updatePoint(tx: Queryable, code: string, change: { name?: string; office?: string; active?: boolean }): Promise<boolean> {
  const r = await tx.updateTable('rating_point').set(change).where('code', '=', code).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// --- follow-ups ---

export async function insertFollowup(tx: Queryable, f: { rating_id: string; office: string; deadline: string }): Promise<string> {
  const row = await tx.insertInto('rating_followup').values({ ...f, state: 'open' }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export const getFollowup = (db: Queryable, id: string) => db.selectFrom('rating_followup').selectAll().where('id', '=', id).executeTakeFirst();
export const followupOfRating = (db: Queryable, ratingId: string) =>
  db.selectFrom('rating_followup').selectAll().where('rating_id', '=', ratingId).executeTakeFirst();

/** Moves a follow-up on if nobody changed it since `expectedVersion`; false when someone did. */
export async function updateFollowup(
  tx: Queryable,
  id: string,
  expectedVersion: number,
  change: Partial<Pick<FeedbackTables['rating_followup'], 'state' | 'callback_note' | 'problem' | 'action_taken' | 'applicant_note' | 'closed_at'>>,
): Promise<boolean> {
  const r = await tx
    .updateTable('rating_followup')
    .set({ ...change, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertFollowupEvent(
  tx: Queryable,
  e: { followup_id: string; actor: string; kind: string; from_state: string | null; to_state: string | null; note: string | null },
) {
  await tx.insertInto('rating_followup_event').values(e).execute();
}

export const followupEvents = (db: Queryable, id: string) =>
  db.selectFrom('rating_followup_event').select(['at', 'actor', 'kind', 'from_state', 'to_state', 'note']).where('followup_id', '=', id).orderBy('id').execute();

export async function listFollowups(db: Queryable, filter: { office?: string; state?: string; overdueOn?: string; escalated?: boolean }, page: number, pageSize: number) {
  let q = db
    .selectFrom('rating_followup as f')
    .innerJoin('rating as r', 'r.id', 'f.rating_id')
    .select([
      'f.id', 'f.office', 'f.state', 'f.deadline', 'f.escalated_at', 'f.opened_at', 'f.closed_at', 'f.version',
      'r.level', 'r.comment', 'r.tags', 'r.item_name', 'r.case_id', 'r.point_code', 'r.rater_name', 'r.rated_at',
    ]);
  if (filter.office) q = q.where('f.office', '=', filter.office);
  if (filter.state) q = q.where('f.state', '=', filter.state as never);
  if (filter.overdueOn) q = q.where('f.deadline', '<', filter.overdueOn).where('f.state', 'in', ['open', 'called_back', 'disputed']);
  if (filter.escalated) q = q.where('f.escalated_at', 'is not', null);
  const [rows, count] = await Promise.all([
    q.orderBy('f.deadline').orderBy('f.id').limit(pageSize).offset((page - 1) * pageSize).execute(),
    q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

/** Follow-ups past their deadline and not yet escalated (still waiting on the office). */
export const overdueUnescalated = (db: Queryable, today: string) =>
  db
    .selectFrom('rating_followup')
    .select(['id', 'office', 'deadline', 'state'])
    .where('deadline', '<', today)
    .where('escalated_at', 'is', null)
    .where('state', 'in', ['open', 'called_back', 'disputed'])
    .execute();

export async function markEscalated(tx: Queryable, id: string, at: Date): Promise<boolean> {
  const r = await tx.updateTable('rating_followup').set({ escalated_at: at }).where('id', '=', id).where('escalated_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// --- appeals ---

export async function insertAppeal(tx: Queryable, a: { rating_id: string; office: string; reason: string; filed_by: string }): Promise<string | null> {
  const row = await tx.insertInto('rating_appeal').values(a).onConflict((oc) => oc.column('rating_id').doNothing()).returning('id').executeTakeFirst();
  return row?.id ?? null;
}

export const getAppeal = (db: Queryable, id: string) => db.selectFrom('rating_appeal').selectAll().where('id', '=', id).executeTakeFirst();
export const appealOfRating = (db: Queryable, ratingId: string) => db.selectFrom('rating_appeal').selectAll().where('rating_id', '=', ratingId).executeTakeFirst();
export const pendingAppeals = (db: Queryable) =>
  db
    .selectFrom('rating_appeal as a')
    .innerJoin('rating as r', 'r.id', 'a.rating_id')
    .select(['a.id', 'a.rating_id', 'a.office', 'a.reason', 'a.filed_at', 'r.level', 'r.comment', 'r.tags', 'r.item_name'])
    .where('a.state', '=', 'pending')
    .orderBy('a.filed_at')
    .execute();

export async function decideAppeal(tx: Queryable, id: string, d: { state: 'upheld' | 'rejected'; decided_by: string; decided_at: Date; decision_note: string }): Promise<boolean> {
  const r = await tx.updateTable('rating_appeal').set(d).where('id', '=', id).where('state', '=', 'pending').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// --- who is who ---

export const staffOffice = async (db: Queryable, personId: string): Promise<string | null> =>
  (await db.selectFrom('staff').select('office').where('person_id', '=', personId).where('active', '=', true).executeTakeFirst())?.office ?? null;

export const personContact = (db: Queryable, personId: string) => db.selectFrom('person').select(['name', 'mobile']).where('id', '=', personId).executeTakeFirst();

// --- figures (computed from the records, never typed) ---

export async function ratingFigures(db: Queryable, filter: { from?: Date; to?: Date; office?: string; itemCode?: string }) {
  let q = db
    .selectFrom('rating as r')
    .leftJoin('rating_appeal as a', (j) => j.onRef('a.rating_id', '=', 'r.id').on('a.state', '=', 'upheld'))
    .where('a.id', 'is', null); // a rating whose appeal was upheld counts no more
  if (filter.from) q = q.where('r.rated_at', '>=', filter.from);
  if (filter.to) q = q.where('r.rated_at', '<', filter.to);
  if (filter.office) q = q.where('r.office', '=', filter.office);
  if (filter.itemCode) q = q.where('r.item_code', '=', filter.itemCode);
  const levels = await q.select(['r.level', sql<number>`count(*)::int`.as('n')]).groupBy('r.level').execute();
  let fq = db.selectFrom('rating_followup as f').innerJoin('rating as r', 'r.id', 'f.rating_id').where('f.state', '!=', 'withdrawn');
  if (filter.from) fq = fq.where('r.rated_at', '>=', filter.from);
  if (filter.to) fq = fq.where('r.rated_at', '<', filter.to);
  if (filter.office) fq = fq.where('f.office', '=', filter.office);
  if (filter.itemCode) fq = fq.where('r.item_code', '=', filter.itemCode);
  const followups = await fq.select(['f.state', sql<number>`count(*)::int`.as('n')]).groupBy('f.state').execute();
  return { levels, followups };
}

/** The outbox key of a case's invitation to rate: its record, unique, so never sent twice. */
export const invitationKey = (caseId: string) => `rating-invitation:${caseId}`;

/**
 * Concluded cases due an invitation: concluded in [from, to), not withdrawn by the applicant
 * (退件, conclusion 5), not rated, not invited.
 */
export const casesToInvite = (db: Queryable, from: Date, to: Date) =>
  db
    .selectFrom('case_file as c')
    .select(['c.id', 'c.case_no'])
    .where('c.concluded_at', '>=', from)
    .where('c.concluded_at', '<', to)
    .where((eb) => eb.or([eb('c.conclusion', 'is', null), eb('c.conclusion', '<>', '5')]))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('rating as r').select(sql.lit(1).as('x')).whereRef('r.case_id', '=', 'c.id'))))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('outbox_message as o').select(sql.lit(1).as('x')).where('o.idempotency_key', '=', sql<string>`${'rating-invitation:'} || c.id::text`))))
    .orderBy('c.concluded_at')
    .execute();

/**
 * Writes the invitation's notice to the outbox unless the case was rated or invited meanwhile
 * (one statement, so a rating or another instance in between wins); true when written.
 */
export async function insertInvitation(tx: Queryable, caseId: string, payload: Record<string, unknown>): Promise<boolean> {
  const r = await sql<{ id: string }>`
    insert into outbox_message (topic, idempotency_key, payload)
    select 'notice.rating_invitation', ${invitationKey(caseId)}, ${JSON.stringify(payload)}::jsonb
    where not exists (select 1 from rating where case_id = ${caseId})
    on conflict (idempotency_key) do nothing
    returning id`.execute(tx);
  return r.rows.length === 1;
}
