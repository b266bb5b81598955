// The cases module's SQL.
import { sql, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { Queryable } from '../../db/types.ts';
import type { CaseMaterialTables, CaseTables as CaseFileTables } from './tables.ts';

type CaseTables = CaseFileTables & CaseMaterialTables;

type CaseInsert = Omit<
  CaseTables['case_file'],
  | 'id' | 'version' | 'submitted_at' | 'updated_at' | 'acceptance_no' | 'channel' | 'accepted_at' | 'concluded_at' | 'conclusion' | 'form'
  | 'promised_deadline' | 'statutory_deadline' | 'clock_paused_since' | 'suspended_working_days'
  | 'deadline_warned_level' | 'deadline_warned_for' | 'overdue_since' | 'extended_working_days' | 'extension_count'
> & {
  form: Record<string, unknown>;
  channel: '0' | '1';
};

/** Serialises submissions of one applicant with one key, so a retry finds the first case. */
export async function lockIdempotencyKey(tx: Queryable, personId: string, key: string) {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`${personId}:${key}`}, 0))`.execute(tx);
}

export async function findByIdempotencyKey(tx: Queryable, personId: string, key: string) {
  return tx.selectFrom('case_file').select(['id', 'item_code', 'form']).where('applicant_person_id', '=', personId).where('idempotency_key', '=', key).executeTakeFirst();
}

/**
 * Inserts a new case with the next daily serial of its item, its timeline event and its
 * outbox message in one statement, and returns the case row. The (item, day) counter row
 * (and the 数据看板 roll-up row the insert trigger bumps, same key) stays locked from this
 * statement to the commit, so the caller issues it last in its transaction: submissions of
 * one item wait for each other only for this statement and the commit, not for the round
 * trips before it. `caseNo` in the event's data and the message's payload is filled in here.
 */
export async function insertNumberedCase(
  tx: Queryable,
  c: Omit<CaseInsert, 'case_no'> & { day: string },
  event: { actor: string; data: Record<string, unknown> },
  message: { topic: string; idempotencyKey: (caseId: string) => string; payload: (caseId: string) => Record<string, unknown> },
) {
  const { day, ...row } = c;
  const id = crypto.randomUUID();
  // (at least four digits; lpad alone would cut a 5th: 10000 → 1000)
  const caseNo = sql<string>`${`${row.item_code}${day}`} || (select lpad(last::text, greatest(4, length(last::text)), '0') from serial)`;
  const withCaseNo = (json: Record<string, unknown>) => sql<string>`jsonb_build_object('caseNo', (select case_no from c)) || ${JSON.stringify(json)}::jsonb`;
  return tx
    .with('serial', (db) =>
      db
        .insertInto('case_number_counter')
        .values({ item_code: row.item_code, day, last: 1 })
        .onConflict((oc) => oc.columns(['item_code', 'day']).doUpdateSet({ last: sql`case_number_counter.last + 1` }))
        .returning('last'),
    )
    .with('c', (db) => db.insertInto('case_file').values({ ...row, id, case_no: caseNo, form: JSON.stringify(row.form) }).returningAll())
    .with('e', (db) =>
      db.insertInto('case_event').values({
        case_id: id, actor: event.actor, kind: 'submitted', transition: null, from_state: null, to_state: row.state, step_result: null, opinion: null,
        data: withCaseNo(event.data),
      }),
    )
    .with('o', (db) =>
      db.insertInto('outbox_message').values({
        topic: message.topic, idempotency_key: message.idempotencyKey(id), payload: withCaseNo(message.payload(id)), delivered_at: null, dead_at: null, last_error: null,
      }),
    )
    .selectFrom('c')
    .selectAll()
    .executeTakeFirstOrThrow();
}

/** The next acceptance serial of a year (row-locked until commit: sequential, and rolled back with a failed acceptance). */
export async function nextAcceptanceSerial(tx: Queryable, year: number): Promise<number> {
  const row = await tx
    .insertInto('acceptance_number_counter')
    .values({ year, last: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet({ last: sql`acceptance_number_counter.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

export async function insertCase(tx: Queryable, c: CaseInsert): Promise<string> {
  const row = await tx.insertInto('case_file').values({ ...c, form: JSON.stringify(c.form) }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A case row as the timers read it. */
export type CaseRowForTimers = Selectable<CaseTables['case_file']>;

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
    acceptanceNo?: string;
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
      ...(change.acceptanceNo ? { acceptance_no: change.acceptanceNo } : {}),
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

/** Narrowing of a work queue (queue-filter.ts builds it from the request). */
export interface QueueSearch {
  /** Exact case number, applicant name prefix (LIKE pattern, escaped), or the enterprise with this credit code. */
  text?: { caseNo: string; namePrefix: string; enterpriseId: string | null };
  itemCode?: string;
  /** Deadline bounds as dates (YYYY-MM-DD), see queue-filter.ts. */
  deadline?: { status: 'overdue'; before: string } | { status: 'dueSoon' | 'normal'; from: string; before: string };
}

function searchConditions(s: QueueSearch) {
  const parts = [];
  if (s.text) {
    const t = s.text;
    parts.push(sql`(case_no = ${t.caseNo} or applicant_name like ${t.namePrefix} escape '\\'${t.enterpriseId ? sql` or applicant_enterprise_id = ${t.enterpriseId}` : sql``})`);
  }
  if (s.itemCode) parts.push(sql`item_code = ${s.itemCode}`);
  const d = s.deadline;
  // (a stopped clock is measured on the day it stopped, like remainingWorkingDays)
  if (d?.status === 'overdue') parts.push(sql`promised_deadline < coalesce(clock_paused_since, ${d.before})`);
  if (d?.status === 'dueSoon') parts.push(sql`clock_paused_since is null and promised_deadline >= ${d.from} and promised_deadline < ${d.before}`);
  if (d?.status === 'normal') {
    parts.push(sql`(promised_deadline is null or (promised_deadline >= coalesce(clock_paused_since, ${d.from}) and (clock_paused_since is not null or promised_deadline >= ${d.before})))`);
  }
  return parts.length ? sql` and ${sql.join(parts, sql` and `)}` : sql``;
}

/**
 * Cases waiting in any of the given (workflow, state) pairs, oldest first. Each pair is read
 * from its own index range (workflow_key, state, submitted_at) and the pages merged, and the
 * count stops at QUEUE_COUNT_CAP: both stay fast with millions of cases. A text search is
 * served by the case-number, applicant-name and enterprise indexes instead (few rows match).
 */
export async function listQueue(db: Queryable, where: Array<{ workflowKey: string; states: string[]; filter?: RawBuilder<SqlBool> }>, page: number, pageSize: number, search: QueueSearch = {}) {
  // (filter: the caller's data scope or expert assignments, see scope.ts)
  const pairs = where.flatMap((w) => w.states.map((state) => ({ workflowKey: w.workflowKey, state, and: w.filter ? sql` and ${w.filter}` : sql`` })));
  if (pairs.length === 0) return { rows: [], total: 0, capped: false };
  const upTo = page * pageSize;
  const extra = searchConditions(search);
  // (id breaks ties between cases submitted at the same instant, so pages neither repeat nor skip)
  const pages = pairs.map((p) => sql`(select * from case_file where workflow_key = ${p.workflowKey} and state = ${p.state}${extra}${p.and} order by submitted_at, id limit ${upTo})`);
  const counts = pairs.map((p) => sql`(select 1 from case_file where workflow_key = ${p.workflowKey} and state = ${p.state}${extra}${p.and} limit ${QUEUE_COUNT_CAP + 1})`);
  const rows = await sql<Selectable<CaseTables['case_file']>>`select * from (${sql.join(pages, sql` union all `)}) q order by submitted_at, id limit ${pageSize} offset ${upTo - pageSize}`.execute(db);
  // The outer limit stops the whole count after QUEUE_COUNT_CAP + 1 rows, not each part.
  const n = await sql<{ n: number }>`select count(*)::int as n from (select 1 from (${sql.join(counts, sql` union all `)}) u limit ${QUEUE_COUNT_CAP + 1}) q`.execute(db);
  const total = n.rows[0]!.n;
  return { rows: rows.rows, total: Math.min(total, QUEUE_COUNT_CAP), capped: total > QUEUE_COUNT_CAP };
}

/** The enterprise with this credit code (queue search by credit code). */
export async function enterpriseIdByCreditCode(db: Queryable, creditCode: string): Promise<string | null> {
  const row = await db.selectFrom('enterprise').select('id').where('credit_code', '=', creditCode).executeTakeFirst();
  return row?.id ?? null;
}

/** Whether the case meets a visibility condition (see scope.ts). */
export async function caseMatches(db: Queryable, id: string, condition: RawBuilder<SqlBool> | boolean): Promise<boolean> {
  if (typeof condition === 'boolean') return condition;
  const r = await sql<{ one: number }>`select 1 as one from case_file where id = ${id} and ${condition}`.execute(db);
  return r.rows.length > 0;
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
