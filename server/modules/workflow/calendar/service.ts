// The working-day calendar for the other modules (deadlines), and its administration.
// The calendar is built from the database and kept in memory. This instance drops it right
// after its own changes; every instance compares the years' fingerprint at most once per
// `recheckMs` and reloads when another instance changed a year.
// A computation reaching a year that is not loaded fails with CALENDAR_YEAR_NOT_LOADED;
// the year is logged and recorded in the audit log (once per year per process), and
// administrators see it under `missingRequested` until they load it.
import type { Kysely } from 'kysely';
import type { DB, Queryable } from '../../../db/types.ts';
import { writeAudit } from '../../../lib/audit/audit-log.ts';
import { AppError } from '../../../lib/errors.ts';
import { authorize } from '../../identity/authorize.ts';
import { actorOf, type Principal } from '../../identity/principal.ts';
import { WorkingCalendar, type CalendarData } from './calendar.ts';
import { noticeToDays, type Notice } from './notice.ts';
import { calendarPolicy } from './policy.ts';
import * as store from './store.ts';

export interface CalendarServiceOptions {
  /** How long the calendar is used before its fingerprint is checked again (ms). */
  recheckMs?: number;
  log?: { warn(obj: object, msg: string): void };
}

interface Loaded {
  calendar: WorkingCalendar;
  fingerprint: string;
  checkedAt: number;
}

export function createCalendarService(db: Kysely<DB>, opts: CalendarServiceOptions = {}) {
  const recheckMs = opts.recheckMs ?? 1000;
  let loaded: Loaded | undefined;
  /** Bumped by this instance's own changes: a load that began before one is not kept. */
  let generation = 0;
  const reported = new Set<number>();
  let recording: Promise<void> = Promise.resolve();

  function noteMissingYear(year: number): void {
    if (reported.has(year)) return;
    reported.add(year);
    opts.log?.warn({ year }, `working-day calendar: ${year} is not loaded; an administrator must load it`);
    // Not awaited: the computation fails now, the record follows (outside any caller's transaction).
    recording = recording.then(() =>
      writeAudit(db, { actor: 'system:calendar', action: store.MISSING_YEAR_ACTION, subjectType: store.AUDIT_SUBJECT, subjectId: String(year), data: { year } }).catch(
        (err: unknown) => {
          reported.delete(year);
          opts.log?.warn({ year, err }, 'working-day calendar: could not record a missing year');
        },
      ),
    );
  }

  const build = (data: CalendarData) => new WorkingCalendar(data, { onMissingYear: noteMissingYear });

  /**
   * The current calendar. Pass the transaction when calling from inside one (PGlite has a
   * single connection: a query on `db` would wait for the transaction to end).
   */
  async function current(q: Queryable = db): Promise<WorkingCalendar> {
    for (;;) {
      const gen = generation;
      if (loaded && Date.now() - loaded.checkedAt < recheckMs) return loaded.calendar;
      const fingerprint = await store.fingerprint(q);
      const calendar = loaded?.fingerprint === fingerprint ? loaded.calendar : build(await store.loadAll(q));
      if (gen === generation) {
        loaded = { calendar, fingerprint, checkedAt: Date.now() };
        return calendar;
      }
    }
  }

  function invalidate(): void {
    generation++;
    loaded = undefined;
  }

  async function yearView(q: Queryable, year: number) {
    const row = await store.getYear(q, year);
    if (!row) throw new AppError('CALENDAR_YEAR_NOT_FOUND', `${year} 年工作日历尚未导入`, { year });
    const days = await store.daysOfYear(q, year);
    return {
      year,
      source: row.source,
      note: row.note,
      loadedAt: row.loaded_at.toISOString(),
      loadedBy: row.loaded_by,
      days,
      workingDays: new WorkingCalendar({ years: [year], days }).workingDaysInYear(year),
    };
  }

  return {
    current,
    invalidate,

    /** Loaded years with their counts, and the years asked for but not loaded. */
    async listYears(p: Principal) {
      authorize(calendarPolicy, p, 'calendar.manage');
      await recording;
      const [rows, requested] = await Promise.all([store.listYears(db), store.requestedMissingYears(db)]);
      const have = new Set(rows.map((r) => r.year));
      return {
        years: rows.map((r) => ({
          year: r.year, source: r.source, note: r.note, loadedAt: r.loaded_at.toISOString(), loadedBy: r.loaded_by, holidays: r.holidays, workdays: r.workdays,
        })),
        missingRequested: requested.filter((y) => !have.has(y)).sort((a, b) => a - b),
      };
    },

    async getYear(p: Principal, year: number) {
      authorize(calendarPolicy, p, 'calendar.manage');
      return yearView(db, year);
    },

    /** Replaces a year's holidays and 调休 days with those of the notice (source 'admin'). */
    async replaceYear(p: Principal, year: number, notice: Notice) {
      authorize(calendarPolicy, p, 'calendar.manage');
      const days = noticeToDays(year, notice);
      const actor = actorOf(p).id;
      const view = await db.transaction().execute(async (tx) => {
        const before = await store.getYear(tx, year, { forUpdate: true });
        const beforeDays = before ? await store.daysOfYear(tx, year) : [];
        await store.upsertYear(tx, { year, source: 'admin', note: notice.note ?? null, loadedBy: actor });
        await store.deleteDays(tx, year);
        await store.insertDays(tx, year, days);
        const count = (list: typeof days, kind: string) => list.filter((d) => d.kind === kind).length;
        await writeAudit(tx, {
          actor,
          action: 'calendar.year_replaced',
          subjectType: store.AUDIT_SUBJECT,
          subjectId: String(year),
          data: {
            before: before ? { source: before.source, holidays: count(beforeDays, 'holiday'), workdays: count(beforeDays, 'workday') } : null,
            after: { source: 'admin', holidays: count(days, 'holiday'), workdays: count(days, 'workday') },
            note: notice.note ?? null,
          },
        });
        return yearView(tx, year);
      });
      invalidate();
      return view;
    },

    /** The deadline of a limit of `days` working days from `start` (admins checking a year). */
    async deadline(p: Principal, start: string, days: number) {
      authorize(calendarPolicy, p, 'calendar.manage');
      const calendar = await current();
      const deadline = calendar.addWorkingDays(start, days);
      return { start, days, deadline };
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
