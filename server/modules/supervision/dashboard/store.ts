// The dashboard's SQL. Cases and ratings come from the daily roll-ups kept by triggers
// (migration 0022); "now" snapshots (cases past their deadline, unanswered messages past
// theirs, reform tasks) and the small tables (inquiries, tasks, the catalogue) are read live.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Queryable } from '../../../db/types.ts';
import type { DashboardTables } from '../tables.ts';

export interface DashboardFilter {
  /** First and last China day of the period (inclusive). */
  from: string;
  to: string;
  /** Offices to count; null: all. */
  offices: string[] | null;
  itemCode?: string;
}

const officeIn = (column: RawBuilder<unknown>, offices: string[] | null) =>
  offices === null ? sql<SqlBool>`true` : offices.length === 0 ? sql<SqlBool>`false` : sql<SqlBool>`${column} in (${sql.join(offices)})`;
const itemIs = (column: RawBuilder<unknown>, itemCode: string | undefined) => (itemCode === undefined ? sql<SqlBool>`true` : sql<SqlBool>`${column} = ${itemCode}`);

/** The instant a China day starts. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
const nextDayStart = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

/** A case roll-up row summed over a period: the table's counters as numbers (summed ::int). */
export type CaseRow = { office: string; item_code: string } & {
  [K in Exclude<keyof DashboardTables['dashboard_case_day'], 'day' | 'office' | 'item_code'>]: number;
};

/** Per office and item: the roll-up's sums over the period. */
export async function caseSums(db: Queryable, f: DashboardFilter): Promise<CaseRow[]> {
  const r = await sql<CaseRow>`
    select office, item_code,
      sum(received)::int as received, sum(received_online)::int as received_online, sum(accepted)::int as accepted,
      sum(concluded)::int as concluded, sum(concluded_timed)::int as concluded_timed, sum(concluded_late)::int as concluded_late,
      sum(used_known)::int as used_known, sum(used_days)::int as used_days, sum(promised_days)::int as promised_days,
      sum(statutory_known)::int as statutory_known, sum(statutory_days)::int as statutory_days, sum(used_statutory_days)::int as used_statutory_days,
      sum(avoided_reuse)::int as avoided_reuse, sum(avoided_commitment)::int as avoided_commitment, sum(avoided_licence)::int as avoided_licence
    from dashboard_case_day
    where day between ${f.from} and ${f.to} and ${officeIn(sql`office`, f.offices)} and ${itemIs(sql`item_code`, f.itemCode)}
    group by office, item_code
    having sum(received) + sum(accepted) + sum(concluded) > 0`.execute(db);
  return r.rows;
}

/** Per month: cases received and concluded. */
export async function caseTrend(db: Queryable, f: DashboardFilter) {
  const r = await sql<{ month: string; received: number; concluded: number; concluded_late: number }>`
    select to_char(day, 'YYYY-MM') as month, sum(received)::int as received, sum(concluded)::int as concluded, sum(concluded_late)::int as concluded_late
    from dashboard_case_day
    where day between ${f.from} and ${f.to} and ${officeIn(sql`office`, f.offices)} and ${itemIs(sql`item_code`, f.itemCode)}
    group by 1 having sum(received) + sum(concluded) > 0 order by 1`.execute(db);
  return r.rows;
}

/**
 * Cases accepted and not concluded now, per office and item, and those of them past their
 * promised deadline — the workbench's "已逾期" condition (cases/store.ts searchConditions):
 * a stopped clock is measured on the day it stopped, a running one on `before` (the last
 * working day on or before today).
 */
export async function runningNow(db: Queryable, f: Pick<DashboardFilter, 'offices' | 'itemCode'>, before: string) {
  const r = await sql<{ office: string; item_code: string; running: number; overdue: number }>`
    select v.office, x.item_code, sum(x.running)::int as running, sum(x.overdue)::int as overdue
    from (
      select item_code, item_version, count(*) as running,
        count(*) filter (where promised_deadline < coalesce(clock_paused_since, ${before}::date)) as overdue
      from case_file
      where concluded_at is null and promised_deadline is not null and ${itemIs(sql`item_code`, f.itemCode)}
      group by item_code, item_version
    ) x
    join catalog_item_version v on v.code = x.item_code and v.version = x.item_version
    where ${officeIn(sql`v.office`, f.offices)}
    group by v.office, x.item_code`.execute(db);
  return r.rows;
}

/** A rating roll-up row summed over a period, per office. */
export type RatingRow = Omit<DashboardTables['dashboard_rating_day'], 'day' | 'item_code'>;

/** Per office: ratings by level and follow-ups of the period's ratings. */
export async function ratingSums(db: Queryable, f: DashboardFilter): Promise<RatingRow[]> {
  const r = await sql<RatingRow>`
    select office, sum(level5)::int as level5, sum(level4)::int as level4, sum(level3)::int as level3, sum(level2)::int as level2, sum(level1)::int as level1,
      sum(followups)::int as followups, sum(rectified)::int as rectified, sum(confirmed)::int as confirmed
    from dashboard_rating_day
    where day between ${f.from} and ${f.to} and ${officeIn(sql`office`, f.offices)} and ${itemIs(sql`item_code`, f.itemCode)}
    group by office`.execute(db);
  return r.rows;
}

/** Per kind: messages received in the period, answered, answered by their deadline; and those unanswered past it now. */
export async function inquirySums(db: Queryable, f: DashboardFilter, today: string) {
  const where = sql<SqlBool>`${officeIn(sql`office`, f.offices)} and ${itemIs(sql`item_code`, f.itemCode)}`;
  const [received, overdue] = await Promise.all([
    sql<{ kind: string; received: number; answered: number; answered_on_time: number }>`
      select kind, count(*)::int as received,
        count(*) filter (where state = 'answered')::int as answered,
        count(*) filter (where state = 'answered' and kzt_china_day(answered_at) <= deadline)::int as answered_on_time
      from inquiry
      where created_at >= ${dayStart(f.from)} and created_at < ${nextDayStart(f.to)} and ${where}
      group by kind`.execute(db),
    sql<{ kind: string; overdue: number }>`
      select kind, count(*)::int as overdue from inquiry where state <> 'answered' and deadline < ${today}::date and ${where} group by kind`.execute(db),
  ]);
  return { received: received.rows, overdue: overdue.rows };
}

/** Reform tasks led or shared by the offices (as the task list shows them), now. */
export async function taskSums(db: Queryable, offices: string[] | null, today: string) {
  const mine = offices === null ? sql<SqlBool>`true` : offices.length === 0 ? sql<SqlBool>`false` : sql<SqlBool>`(lead_office in (${sql.join(offices)}) or responsible_offices && array[${sql.join(offices)}]::text[])`;
  const r = await sql<{ open_on_time: number; overdue: number; closed_on_time: number; closed_late: number; long_term: number; total: number }>`
    select
      count(*) filter (where state = 'open' and (deadline is null or deadline >= ${today}::date))::int as open_on_time,
      count(*) filter (where state = 'open' and deadline < ${today}::date)::int as overdue,
      count(*) filter (where state = 'closed' and (deadline is null or kzt_china_day(closed_at) <= deadline))::int as closed_on_time,
      count(*) filter (where state = 'closed' and kzt_china_day(closed_at) > deadline)::int as closed_late,
      count(*) filter (where deadline is null)::int as long_term,
      count(*)::int as total
    from reform_task where ${mine}`.execute(db);
  return r.rows[0]!;
}

/** Published items per office: how many, how many need no visit (到办事现场次数 0). */
export async function itemVisits(db: Queryable, f: Pick<DashboardFilter, 'offices' | 'itemCode'>) {
  const r = await sql<{ office: string; items: number; no_visit: number }>`
    select office, count(*)::int as items, count(*) filter (where visits = 0)::int as no_visit
    from catalog_item_version
    where state = 'published' and ${officeIn(sql`office`, f.offices)} and ${itemIs(sql`code`, f.itemCode)}
    group by office`.execute(db);
  return r.rows;
}

/** Every item with its latest name and office (filters, table rows). */
export async function itemNames(db: Queryable) {
  const r = await sql<{ code: string; name: string; office: string; published: boolean }>`
    select distinct on (code) code, name, office, state = 'published' as published
    from catalog_item_version order by code, (state = 'published') desc, version desc`.execute(db);
  return r.rows;
}
