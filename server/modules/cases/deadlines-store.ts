// The timers' SQL: cases near or past their promised deadline, steps waiting for 超时默认,
// the marks and extensions on a case, the daily summary.
import { sql } from 'kysely';
import type { Queryable } from '../../db/types.ts';
import type { DeadlineReportCounts, DeadlineReportItem } from './tables.ts';

/** Running cases (accepted, not concluded, clock going, not yet marked overdue) whose promised deadline is on or before `upTo`. */
export async function dueSoon(db: Queryable, upTo: string) {
  return db
    .selectFrom('case_file')
    .select(['id', 'item_code', 'item_version', 'promised_deadline', 'deadline_warned_level', 'deadline_warned_for', 'overdue_since'])
    .where('concluded_at', 'is', null)
    .where('accepted_at', 'is not', null)
    .where('clock_paused_since', 'is', null)
    .where('overdue_since', 'is', null)
    .where('promised_deadline', '<=', upTo)
    .execute();
}

/** Overdue marks of cases whose deadline moved past today again (extension, clock restart): cleared. */
export async function clearStaleOverdue(db: Queryable, today: string): Promise<number> {
  const r = await db.updateTable('case_file').set({ overdue_since: null }).where('overdue_since', 'is not', null).where('concluded_at', 'is', null).where('promised_deadline', '>=', today).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Cases waiting in a (workflow version, state), with the day of the transition that brought them there. */
export async function waitingIn(db: Queryable, workflowKey: string, workflowVersion: number, state: string) {
  return db
    .selectFrom('case_file as c')
    .select(['c.id', 'c.version'])
    .select((eb) =>
      // The day on the case's clock (data.day), else the day of the event's time.
      eb.selectFrom('case_event as e')
        .select(sql<string>`coalesce(e.data->>'day', to_char(e.at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'))`.as('day'))
        .whereRef('e.case_id', '=', 'c.id').where('e.kind', '=', 'transition').orderBy('e.id', 'desc').limit(1)
        .as('entered_on'),
    )
    .where('c.workflow_key', '=', workflowKey)
    .where('c.workflow_version', '=', workflowVersion)
    .where('c.state', '=', state)
    .where('c.concluded_at', 'is', null)
    .execute();
}

export async function lockCaseRow(tx: Queryable, id: string) {
  return tx.selectFrom('case_file').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function markWarned(tx: Queryable, id: string, deadline: string, level: number) {
  await tx.updateTable('case_file').set({ deadline_warned_level: level, deadline_warned_for: deadline }).where('id', '=', id).execute();
}

export async function markOverdue(tx: Queryable, id: string, day: string) {
  await tx.updateTable('case_file').set({ overdue_since: day }).where('id', '=', id).execute();
}

/** Records an extension if nobody changed the case since `expectedVersion`; false when someone did. */
export async function extend(
  tx: Queryable,
  id: string,
  expectedVersion: number,
  e: { workingDays: number; promised: string | null; statutory: string | null; stillOverdue: boolean },
): Promise<boolean> {
  const r = await tx
    .updateTable('case_file')
    .set({
      version: sql`version + 1`,
      updated_at: sql`now()`,
      extended_working_days: sql`extended_working_days + ${e.workingDays}`,
      extension_count: sql`extension_count + 1`,
      promised_deadline: e.promised,
      statutory_deadline: e.statutory,
      ...(e.stillOverdue ? {} : { overdue_since: null }),
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Per item: running cases (accepted, not concluded), of which warned (for their current deadline) and overdue. */
export async function countsPerItem(db: Queryable, today: string): Promise<DeadlineReportItem[]> {
  const rows = await sql<{ item_code: string; item_name: string; running: number; warned: number; overdue: number }>`
    select item_code, max(item_name) as item_name,
      count(*)::int as running,
      count(*) filter (where promised_deadline >= ${today} and deadline_warned_for = promised_deadline)::int as warned,
      count(*) filter (where promised_deadline < ${today})::int as overdue
    from case_file
    where accepted_at is not null and concluded_at is null
    group by item_code
    order by item_code`.execute(db);
  return rows.rows.map((r) => ({ itemCode: r.item_code, itemName: r.item_name, running: r.running, warned: r.warned, overdue: r.overdue }));
}

export async function saveReport(db: Queryable, day: string, items: DeadlineReportItem[], totals: DeadlineReportCounts) {
  await db
    .insertInto('deadline_report')
    .values({ day, items: JSON.stringify(items), totals: JSON.stringify(totals) })
    .onConflict((oc) => oc.column('day').doUpdateSet({ items: JSON.stringify(items), totals: JSON.stringify(totals), generated_at: sql`now()` }))
    .execute();
}

export async function getReport(db: Queryable, day: string) {
  return db.selectFrom('deadline_report').selectAll().where('day', '=', day).executeTakeFirst();
}

export async function latestReport(db: Queryable) {
  return db.selectFrom('deadline_report').selectAll().orderBy('day', 'desc').limit(1).executeTakeFirst();
}

export async function listReports(db: Queryable, limit: number) {
  return db.selectFrom('deadline_report').select(['day', 'generated_at', 'totals']).orderBy('day', 'desc').limit(limit).execute();
}

/** An outbox message written once per key (a timer job run twice writes it once). */
export async function enqueueOnce(tx: Queryable, m: { topic: string; idempotencyKey: string; payload: Record<string, unknown> }) {
  await tx
    .insertInto('outbox_message')
    .values({ topic: m.topic, idempotency_key: m.idempotencyKey, payload: JSON.stringify(m.payload), delivered_at: null, dead_at: null, last_error: null })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
}
