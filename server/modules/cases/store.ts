// The cases module's SQL.
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/types.ts';
import type { CaseMaterialTables, CaseTables as CaseFileTables } from './tables.ts';

type CaseTables = CaseFileTables & CaseMaterialTables;

type CaseInsert = Omit<
  CaseTables['case_file'],
  | 'id' | 'version' | 'submitted_at' | 'updated_at' | 'channel' | 'accepted_at' | 'concluded_at' | 'conclusion' | 'form'
  | 'promised_deadline' | 'statutory_deadline' | 'clock_paused_since' | 'suspended_working_days'
> & {
  form: Record<string, unknown>;
};

/** Serialises submissions of one applicant with one key, so a retry finds the first case. */
export async function lockIdempotencyKey(tx: Queryable, personId: string, key: string) {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`${personId}:${key}`}, 0))`.execute(tx);
}

export async function findByIdempotencyKey(tx: Queryable, personId: string, key: string) {
  return tx.selectFrom('case_file').select(['id', 'item_code', 'form']).where('applicant_person_id', '=', personId).where('idempotency_key', '=', key).executeTakeFirst();
}

/** The next daily serial of an item (row-locked, so unique with several instances). */
export async function nextSerial(tx: Queryable, itemCode: string, day: string): Promise<number> {
  const row = await tx
    .insertInto('case_number_counter')
    .values({ item_code: itemCode, day, last: 1 })
    .onConflict((oc) => oc.columns(['item_code', 'day']).doUpdateSet({ last: sql`case_number_counter.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

export async function insertCase(tx: Queryable, c: CaseInsert): Promise<string> {
  const row = await tx.insertInto('case_file').values({ ...c, form: JSON.stringify(c.form) }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function getCase(db: Queryable, id: string) {
  return db.selectFrom('case_file').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Moves a case on if nobody changed it since `expectedVersion`; false when someone did. */
export async function updateCaseState(
  tx: Queryable,
  id: string,
  expectedVersion: number,
  change: {
    state: string;
    acceptedNow: boolean;
    conclusion: string | null;
    deadlines?: { promised: string | null; statutory: string | null };
    clock?: { pausedSince: string | null; suspendedWorkingDays: number };
    form?: Record<string, unknown>;
  },
): Promise<boolean> {
  const r = await tx
    .updateTable('case_file')
    .set({
      state: change.state,
      version: sql`version + 1`,
      updated_at: sql`now()`,
      ...(change.acceptedNow ? { accepted_at: sql`now()` } : {}),
      ...(change.conclusion !== null ? { concluded_at: sql`now()`, conclusion: change.conclusion } : {}),
      ...(change.deadlines ? { promised_deadline: change.deadlines.promised, statutory_deadline: change.deadlines.statutory } : {}),
      ...(change.form ? { form: JSON.stringify(change.form) } : {}),
      ...(change.clock ? { clock_paused_since: change.clock.pausedSince, suspended_working_days: change.clock.suspendedWorkingDays } : {}),
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertEvent(tx: Queryable, e: Omit<CaseTables['case_event'], 'id' | 'at' | 'data'> & { data?: Record<string, unknown> }) {
  await tx.insertInto('case_event').values({ ...e, data: JSON.stringify(e.data ?? {}) }).execute();
}

export async function events(db: Queryable, caseId: string) {
  return db.selectFrom('case_event').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
}

export async function enqueue(tx: Queryable, m: { topic: string; idempotencyKey: string; payload: Record<string, unknown> }) {
  await tx.insertInto('outbox_message').values({ topic: m.topic, idempotency_key: m.idempotencyKey, payload: JSON.stringify(m.payload), delivered_at: null, dead_at: null, last_error: null }).execute();
}

export async function listForApplicant(db: Queryable, who: { personId: string; enterpriseId: string | null }, page: number, pageSize: number) {
  let q = db.selectFrom('case_file');
  q = who.enterpriseId ? q.where('applicant_enterprise_id', '=', who.enterpriseId) : q.where('applicant_person_id', '=', who.personId).where('applicant_enterprise_id', 'is', null);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('submitted_at', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute();
  return { rows, total: total.n };
}

/** Beyond this many waiting cases a queue says "1000+" instead of counting them all. */
export const QUEUE_COUNT_CAP = 1000;

/**
 * Cases waiting in any of the given (workflow, state) pairs, oldest first. Each pair is read
 * from its own index range (workflow_key, state, submitted_at) and the pages merged, and the
 * count stops at QUEUE_COUNT_CAP: both stay fast with millions of cases.
 */
export async function listQueue(db: Queryable, where: Array<{ workflowKey: string; states: string[] }>, page: number, pageSize: number) {
  const pairs = where.flatMap((w) => w.states.map((state) => ({ workflowKey: w.workflowKey, state })));
  if (pairs.length === 0) return { rows: [], total: 0, capped: false };
  const upTo = page * pageSize;
  // (id breaks ties between cases submitted at the same instant, so pages neither repeat nor skip)
  const pages = pairs.map((p) => sql`(select * from case_file where workflow_key = ${p.workflowKey} and state = ${p.state} order by submitted_at, id limit ${upTo})`);
  const counts = pairs.map((p) => sql`(select 1 from case_file where workflow_key = ${p.workflowKey} and state = ${p.state} limit ${QUEUE_COUNT_CAP + 1})`);
  const rows = await sql<Selectable<CaseTables['case_file']>>`select * from (${sql.join(pages, sql` union all `)}) q order by submitted_at, id limit ${pageSize} offset ${upTo - pageSize}`.execute(db);
  // The outer limit stops the whole count after QUEUE_COUNT_CAP + 1 rows, not each part.
  const n = await sql<{ n: number }>`select count(*)::int as n from (select 1 from (${sql.join(counts, sql` union all `)}) u limit ${QUEUE_COUNT_CAP + 1}) q`.execute(db);
  const total = n.rows[0]!.n;
  return { rows: rows.rows, total: Math.min(total, QUEUE_COUNT_CAP), capped: total > QUEUE_COUNT_CAP };
}

/** Names of people by id (for timelines). */
export async function personNames(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('person').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ---------- materials ----------

/** Locks a case row for the rest of the transaction (materials change one at a time per case). */
export async function lockCase(tx: Queryable, id: string) {
  return tx.selectFrom('case_file').select(['id', 'state', 'workflow_key', 'workflow_version', 'accepted_at', 'concluded_at']).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The current row of each material of a case. */
export async function currentMaterials(db: Queryable, caseId: string) {
  return db.selectFrom('case_material').selectAll().where('case_id', '=', caseId).where('replaced_at', 'is', null).orderBy('material_index').execute();
}

export async function currentMaterial(db: Queryable, caseId: string, index: number) {
  return db.selectFrom('case_material').selectAll().where('case_id', '=', caseId).where('material_index', '=', index).where('replaced_at', 'is', null).executeTakeFirst();
}

type MaterialInsert = Omit<CaseTables['case_material'], 'id' | 'uploaded_at' | 'replaced_at' | 'reused_from_case_id' | 'reused_from_index' | 'supply_deadline'> & {
  reused_from_case_id?: string | null;
  reused_from_index?: number | null;
};

/** Makes `row` the current one of its material, keeping the one it replaces (replaced_at set). Call with the case locked. */
export async function replaceCurrentMaterial(tx: Queryable, row: MaterialInsert) {
  await tx.updateTable('case_material').set({ replaced_at: sql`now()` }).where('case_id', '=', row.case_id).where('material_index', '=', row.material_index).where('replaced_at', 'is', null).execute();
  return tx.insertInto('case_material').values(row).returningAll().executeTakeFirstOrThrow();
}

/** 容缺: the date a tolerated material must be supplied by (set at acceptance). */
export async function setSupplyDeadline(tx: Queryable, materialRowId: string, deadline: string | null) {
  await tx.updateTable('case_material').set({ supply_deadline: deadline }).where('id', '=', materialRowId).execute();
}

/** Tolerated materials still not supplied whose supply date is before `today` (for overdue lists and timers). */
export async function overdueTolerances(db: Queryable, today: string) {
  return db
    .selectFrom('case_material as m')
    .innerJoin('case_file as c', 'c.id', 'm.case_id')
    .select(['m.case_id', 'c.case_no', 'm.material_index', 'm.supply_deadline'])
    .where('m.kind', '=', 'tolerance')
    .where('m.replaced_at', 'is', null)
    .where('m.supply_deadline', '<', today)
    .where('c.concluded_at', 'is', null)
    .orderBy('m.supply_deadline')
    .execute();
}

/** Whose cases are these: the enterprise's, or the natural person's own (the same rule as isApplicantOf). */
type Party = { personId: string; enterpriseId: string | null };

/**
 * 免提交 candidates: the current uploaded files of the party's other cases, newest first,
 * one row per content (the newest use of it).
 */
export async function reusableUploads(db: Queryable, party: Party, exceptCaseId: string, limit: number) {
  let q = db
    .selectFrom('case_material as m')
    .innerJoin('case_file as c', 'c.id', 'm.case_id')
    .select(['m.case_id', 'c.case_no', 'c.item_name', 'c.item_code', 'c.item_version', 'm.material_index', 'm.file_sha256', 'm.file_name', 'm.content_type', 'm.size_bytes', 'm.uploaded_at'])
    .where('m.kind', '=', 'upload')
    .where('m.replaced_at', 'is', null)
    .where('m.case_id', '<>', exceptCaseId);
  q = party.enterpriseId ? q.where('c.applicant_enterprise_id', '=', party.enterpriseId) : q.where('c.applicant_person_id', '=', party.personId).where('c.applicant_enterprise_id', 'is', null);
  const rows = await q.orderBy('m.uploaded_at', 'desc').limit(limit * 4).execute();
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.file_sha256!) && seen.add(r.file_sha256!)).slice(0, limit);
}

/** Case numbers by id (for "reused from" links). */
export async function caseNumbers(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('case_file').select(['id', 'case_no']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.case_no]));
}
