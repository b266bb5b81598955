// The calendar's SQL: the only file of the calendar that touches its tables.
import { sql } from 'kysely';
import type { Queryable } from '../../../db/types.ts';
import type { CalendarDay } from './calendar.ts';
import type { CalendarSource } from './tables.ts';

export const MISSING_YEAR_ACTION = 'calendar.year_missing';
export const AUDIT_SUBJECT = 'calendar_year';

/** Everything the working-day calendar needs: loaded years and their exception days. */
export async function loadAll(db: Queryable): Promise<{ years: number[]; days: CalendarDay[] }> {
  const [years, days] = await Promise.all([
    db.selectFrom('calendar_year').select('year').execute(),
    db.selectFrom('calendar_day').select(['day', 'kind', 'name']).execute(),
  ]);
  return { years: years.map((r) => r.year), days };
}

/**
 * A short fingerprint of the loaded years and when each was (re)loaded. Every change goes
 * through a transaction that sets its year's loaded_at, so a changed calendar has a changed
 * fingerprint; other instances compare it to notice changes made elsewhere.
 */
export async function fingerprint(db: Queryable): Promise<string> {
  const row = await db
    .selectFrom('calendar_year')
    .select(sql<string>`md5(coalesce(string_agg(year::text || ':' || extract(epoch from loaded_at)::text, ',' order by year), ''))`.as('fp'))
    .executeTakeFirstOrThrow();
  return row.fp;
}

export async function listYears(db: Queryable) {
  return db
    .selectFrom('calendar_year as y')
    .leftJoin('calendar_day as d', 'd.year', 'y.year')
    .select([
      'y.year', 'y.source', 'y.note', 'y.loaded_at', 'y.loaded_by',
      sql<number>`count(d.day) filter (where d.kind = 'holiday')::int`.as('holidays'),
      sql<number>`count(d.day) filter (where d.kind = 'workday')::int`.as('workdays'),
    ])
    .groupBy('y.year')
    .orderBy('y.year')
    .execute();
}

export async function getYear(db: Queryable, year: number, opts: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('calendar_year').selectAll().where('year', '=', year);
  if (opts.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function daysOfYear(db: Queryable, year: number): Promise<CalendarDay[]> {
  return db.selectFrom('calendar_day').select(['day', 'kind', 'name']).where('year', '=', year).orderBy('day').execute();
}

/** Years that have a calendar_year row already (seeding leaves them alone). */
export async function loadedYears(db: Queryable): Promise<Set<number>> {
  const rows = await db.selectFrom('calendar_year').select('year').execute();
  return new Set(rows.map((r) => r.year));
}

/** Inserts the year if it is not there yet; returns whether it did (concurrent starts race safely). */
export async function insertYearIfMissing(tx: Queryable, y: { year: number; source: CalendarSource; note: string | null; loadedBy: string }): Promise<boolean> {
  const row = await tx
    .insertInto('calendar_year')
    .values({ year: y.year, source: y.source, note: y.note, loaded_by: y.loadedBy })
    .onConflict((oc) => oc.column('year').doNothing())
    .returning('year')
    .executeTakeFirst();
  return row !== undefined;
}

export async function upsertYear(tx: Queryable, y: { year: number; source: CalendarSource; note: string | null; loadedBy: string }): Promise<void> {
  const values = { source: y.source, note: y.note, loaded_by: y.loadedBy, loaded_at: sql<Date>`now()` };
  await tx
    .insertInto('calendar_year')
    .values({ year: y.year, ...values })
    .onConflict((oc) => oc.column('year').doUpdateSet(values))
    .execute();
}

export async function insertDays(tx: Queryable, year: number, days: CalendarDay[]): Promise<void> {
  if (days.length === 0) return;
  await tx
    .insertInto('calendar_day')
    .values(days.map((d) => ({ day: d.day, kind: d.kind, name: d.name, year })))
    .execute();
}

export async function deleteDays(tx: Queryable, year: number): Promise<void> {
  await tx.deleteFrom('calendar_day').where('year', '=', year).execute();
}

/** Years some computation asked for while they were not loaded (recorded in the audit log). */
export async function requestedMissingYears(db: Queryable): Promise<number[]> {
  const rows = await db
    .selectFrom('audit_event')
    .select('subject_id')
    .distinct()
    .where('subject_type', '=', AUDIT_SUBJECT)
    .where('action', '=', MISSING_YEAR_ACTION)
    .execute();
  return rows.map((r) => Number(r.subject_id)).filter(Number.isInteger);
}
