// The working-day calendar on a real database: seeding from chinese-days, deadlines around
// the 2026 Spring Festival and National Day, refusal of an unloaded year (recorded for the
// administrator), loading a year, and other instances noticing the change.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_2026, TEST_NOTICE_2027 } from '../../../../test/support/calendar.ts';
import { engines, freshDatabase, type TestDatabase } from '../../../../test/support/databases.ts';
import { citizenPrincipal, staffPrincipal } from '../../../../test/support/principals.ts';
import { readPackageCalendar } from './package-data.ts';
import { seedCalendar } from './seed.ts';
import { createCalendarService, type CalendarService } from './service.ts';

const admin = staffPrincipal(['admin']);
const count = async (t: TestDatabase, table: 'calendar_year' | 'calendar_day') =>
  (await t.database.db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
const auditOf = async (t: TestDatabase, action: string) =>
  t.database.db.selectFrom('audit_event').select(['actor', 'subject_id', 'data']).where('action', '=', action).orderBy('id').execute();

describe.each(engines)('working-day calendar on %s', (engine) => {
  let t: TestDatabase;
  let calendar: CalendarService;
  const pkg = readPackageCalendar();
  const packageDays = [...pkg.years.values()].reduce((n, d) => n + d.length, 0);

  beforeAll(async () => {
    t = await freshDatabase(engine);
    calendar = createCalendarService(t.database.db);
  });
  afterAll(async () => t.drop());

  it('seeds every year chinese-days carries, 2004–2026, in one go', async () => {
    const first = await seedCalendar(t.database.db);
    expect(first.years).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(first.days).toBe(packageDays);
    expect(await count(t, 'calendar_year')).toBe(23);
    expect(await count(t, 'calendar_day')).toBe(packageDays);
    expect(await auditOf(t, 'calendar.seeded')).toMatchObject([{ actor: 'system:calendar-seed', subject_id: '2004-2026', data: { version: pkg.version, days: packageDays } }]);
  });

  it('seeding again changes nothing', async () => {
    const before = await t.database.db.selectFrom('calendar_year').select(['year', 'loaded_at']).orderBy('year').execute();
    expect(await seedCalendar(t.database.db)).toEqual({ years: [], days: 0 });
    expect(await t.database.db.selectFrom('calendar_year').select(['year', 'loaded_at']).orderBy('year').execute()).toEqual(before);
    expect(await count(t, 'calendar_day')).toBe(packageDays);
    expect(await auditOf(t, 'calendar.seeded')).toHaveLength(1);
  });

  it('has 2026 as the State Council notice sets it: 248 working days', async () => {
    const y = await calendar.getYear(admin, 2026);
    expect(y).toMatchObject({ year: 2026, source: 'chinese-days', workingDays: 248 });
    expect(y.days).toEqual(NOTICE_2026);
  });

  it('counts 20 working days across the 2026 Spring Festival', async () => {
    const cal = await calendar.current();
    // Accepted Tue 2-10: 2-11..13 (3), Sat 2-14 调休 (4), 2-15..23 holiday, 2-24..27 (8), Sat 2-28 调休 (9),
    // 3-2..6 (14), 3-9..13 (19), Mon 3-16 (20). Without the calendar it would be 3-10.
    expect(cal.addWorkingDays('2026-02-10', 20)).toBe('2026-03-16');
    expect(cal.workingDaysBetween('2026-02-10', '2026-03-16')).toBe(20);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-23')).toBe(false);
    expect(cal.nextWorkingDay('2026-02-13')).toBe('2026-02-14');
  });

  it('counts across the 2026 Mid-Autumn and National Day holidays', async () => {
    const cal = await calendar.current();
    // Fri 9-18: Sun 9-20 调休 (1), 9-21..24 (5), 9-25..27 中秋, 9-28..30 (8), 10-1..7 国庆, 10-8 (9), 10-9 (10).
    expect(cal.addWorkingDays('2026-09-18', 10)).toBe('2026-10-09');
    // Wed 9-30: 10-8 (1), 10-9 (2), Sat 10-10 调休 (3), 10-12 (4), 10-13 (5).
    expect(cal.addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-11')).toBe(3);
    expect(cal.nextWorkingDay('2026-09-30')).toBe('2026-10-08');
  });

  it('refuses a deadline running into 2027, and tells the administrator once', async () => {
    const cal = await calendar.current();
    expect(cal.addWorkingDays('2026-12-15', 12)).toBe('2026-12-31');
    for (let i = 0; i < 3; i++) {
      expect(() => cal.addWorkingDays('2026-12-15', 20)).toThrow(expect.objectContaining({ code: 'CALENDAR_YEAR_NOT_LOADED', status: 409, details: { year: 2027 } }));
    }
    expect(() => cal.isWorkingDay('2003-06-02')).toThrow(expect.objectContaining({ code: 'CALENDAR_YEAR_NOT_LOADED', details: { year: 2003 } }));
    const listed = await calendar.listYears(admin);
    expect(listed.missingRequested).toEqual([2003, 2027]);
    expect(listed.years.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect((await auditOf(t, 'calendar.year_missing')).map((r) => r.subject_id)).toEqual(['2027', '2003']);
    await expect(calendar.getYear(admin, 2027)).rejects.toMatchObject({ code: 'CALENDAR_YEAR_NOT_FOUND' });
  });

  it('after an administrator loads 2027, the same deadline is computed, here and on another instance', async () => {
    const other = createCalendarService(t.database.db, { recheckMs: 0 });
    await expect(other.current().then((c) => c.addWorkingDays('2026-12-15', 20))).rejects.toMatchObject({ code: 'CALENDAR_YEAR_NOT_LOADED' });

    const y = await calendar.replaceYear(admin, 2027, TEST_NOTICE_2027);
    expect(y).toMatchObject({ year: 2027, source: 'admin', note: '测试数据（非真实通知）', loadedBy: `person:${admin.personId}` });
    expect(y.days.filter((d) => d.kind === 'workday')).toHaveLength(5);

    // 2026-12-31 is the 12th working day; 2027-01-01 is 元旦; 1-4..8 (17), 1-11, 12, 13 (20).
    expect((await calendar.current()).addWorkingDays('2026-12-15', 20)).toBe('2027-01-13');
    expect((await other.current()).addWorkingDays('2026-12-15', 20)).toBe('2027-01-13');
    expect((await calendar.listYears(admin)).missingRequested).toEqual([2003]);
    expect(await auditOf(t, 'calendar.year_replaced')).toMatchObject([
      { actor: `person:${admin.personId}`, subject_id: '2027', data: { before: null, after: { source: 'admin', holidays: 3 + 8 + 3 + 5 + 1 + 1 + 7, workdays: 5 } } },
    ]);
  });

  it('an administrator corrects a seeded year, and seeding leaves the correction alone', async () => {
    const before = await calendar.getYear(admin, 2025);
    const holidays = before.days.filter((d) => d.kind === 'holiday').length;
    const workdays = before.days.filter((d) => d.kind === 'workday').length;
    // An extra day off (invented) on Friday 2025-12-26.
    await calendar.replaceYear(admin, 2025, {
      holidays: [...before.days.filter((d) => d.kind === 'holiday').map((d) => ({ from: d.day, to: d.day, name: d.name })), { from: '2025-12-26', to: '2025-12-26', name: '测试调整' }],
      workdays: before.days.filter((d) => d.kind === 'workday').map((d) => ({ day: d.day, name: d.name })),
    });
    expect((await calendar.current()).isWorkingDay('2025-12-26')).toBe(false);
    expect((await auditOf(t, 'calendar.year_replaced')).at(-1)).toMatchObject({
      subject_id: '2025', data: { before: { source: 'chinese-days', holidays, workdays }, after: { holidays: holidays + 1, workdays } },
    });

    // Remove a seeded year by hand: the next start brings back that year only.
    await t.database.db.deleteFrom('calendar_day').where('year', '=', 2004).execute();
    await t.database.db.deleteFrom('calendar_year').where('year', '=', 2004).execute();
    expect(await seedCalendar(t.database.db)).toEqual({ years: [2004], days: pkg.years.get(2004)!.length });
    expect((await calendar.getYear(admin, 2025)).source).toBe('admin');
    expect((await calendar.current()).isWorkingDay('2025-12-26')).toBe(false);
  });

  it('works inside a caller\'s transaction (PGlite has a single connection)', async () => {
    const fresh = createCalendarService(t.database.db);
    const deadline = await t.database.db.transaction().execute(async (tx) => (await fresh.current(tx)).addWorkingDays('2026-02-10', 20));
    expect(deadline).toBe('2026-03-16');
  });

  it('lets only administrators look after the calendar', async () => {
    await expect(calendar.listYears({ kind: 'anonymous' })).rejects.toMatchObject({ code: 'NOT_AUTHENTICATED' });
    await expect(calendar.listYears(citizenPrincipal())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(calendar.getYear(staffPrincipal(['item_manager', 'decision_maker']), 2026)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(calendar.replaceYear({ kind: 'program', clientId: 'x', scopes: ['catalog:manage'] }, 2027, TEST_NOTICE_2027)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps the database rules too: a 调休 day on a weekday, or a day outside its year, is refused', async () => {
    await expect(sql`insert into calendar_day (day, kind, name, year) values ('2026-03-04', 'workday', 'x', 2026)`.execute(t.database.db)).rejects.toThrow();
    await expect(sql`insert into calendar_day (day, kind, name, year) values ('2026-03-07', 'holiday', 'x', 2025)`.execute(t.database.db)).rejects.toThrow();
    await expect(sql`insert into calendar_day (day, kind, name, year) values ('2030-03-07', 'holiday', 'x', 2030)`.execute(t.database.db)).rejects.toThrow();
  });
});
