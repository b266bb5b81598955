// Date maths of the working-day calendar on a calendar built from fixtures (no database).
import { describe, expect, it, vi } from 'vitest';
import { holidays as range, workday } from '../../../../test/support/calendar.ts';
import { WorkingCalendar } from './calendar.ts';
import { fromDayNumber, toDayNumber, weekdayOf } from './dates.ts';

// Fixtures: 春节 2026 as the State Council set it (2-15..2-23, 调休 Saturdays 2-14 and 2-28),
// and an invented 2027 New Year (1-1..1-3) to cross a year boundary.
const FIXTURE = {
  years: [2026, 2027],
  days: [
    ...range('2026-02-15', '2026-02-23', '春节'),
    workday('2026-02-14', '春节'),
    workday('2026-02-28', '春节'),
    ...range('2027-01-01', '2027-01-03', '元旦'),
  ],
};

describe('dates', () => {
  it('round-trips day numbers and knows the weekday', () => {
    expect(fromDayNumber(toDayNumber('2026-02-14'))).toBe('2026-02-14');
    expect(weekdayOf(toDayNumber('1970-01-01'))).toBe(4);
    expect(weekdayOf(toDayNumber('2026-02-14'))).toBe(6);
    expect(weekdayOf(toDayNumber('2026-09-20'))).toBe(0);
    expect(weekdayOf(toDayNumber('1969-12-31'))).toBe(3);
  });

  it('refuses malformed and impossible dates with a Chinese message', () => {
    for (const bad of ['2026-2-1', '2027-02-29', '2026-13-01', '20260101', '']) {
      expect(() => toDayNumber(bad), bad).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', message: expect.stringContaining('YYYY-MM-DD') }));
    }
    expect(fromDayNumber(toDayNumber('2028-02-29'))).toBe('2028-02-29');
  });
});

describe('WorkingCalendar', () => {
  const cal = new WorkingCalendar(FIXTURE);

  it('working days are weekdays that are not holidays, plus 调休 weekend days', () => {
    expect(cal.isWorkingDay('2026-02-13')).toBe(true); // Friday
    expect(cal.isWorkingDay('2026-02-14')).toBe(true); // Saturday, 调休
    expect(cal.isWorkingDay('2026-02-15')).toBe(false); // Sunday, holiday
    expect(cal.isWorkingDay('2026-02-16')).toBe(false); // Monday, holiday
    expect(cal.isWorkingDay('2026-02-23')).toBe(false); // Monday, last holiday
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
    expect(cal.isWorkingDay('2026-03-07')).toBe(false); // plain Saturday
    expect(cal.isWorkingDay('2026-03-08')).toBe(false); // plain Sunday
  });

  it('does not count the start day; n = 0 gives the start', () => {
    expect(cal.addWorkingDays('2026-03-06', 0)).toBe('2026-03-06');
    expect(cal.addWorkingDays('2026-03-07', 0)).toBe('2026-03-07'); // even a Saturday
    expect(cal.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday → Monday
    expect(cal.addWorkingDays('2026-03-05', 1)).toBe('2026-03-06');
    expect(cal.addWorkingDays('2026-02-16', 1)).toBe('2026-02-24'); // accepted on a holiday
  });

  it('skips the Spring Festival and counts its 调休 Saturdays', () => {
    // 2-11, 12, 13, 14 (Sat, 调休) = 4; 2-24..27 = 8; 2-28 (Sat, 调休) = 9; 3-2..6 = 14; 3-9..13 = 19; 3-16 = 20.
    expect(cal.addWorkingDays('2026-02-10', 20)).toBe('2026-03-16');
    expect(cal.addWorkingDays('2026-02-10', 4)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-10', 5)).toBe('2026-02-24');
    expect(cal.nextWorkingDay('2026-02-14')).toBe('2026-02-24');
    expect(cal.nextWorkingDay('2026-02-27')).toBe('2026-02-28');
  });

  it('counts working days between two dates, from exclusive, to inclusive; negative backwards', () => {
    expect(cal.workingDaysBetween('2026-02-10', '2026-02-10')).toBe(0);
    expect(cal.workingDaysBetween('2026-02-10', '2026-03-16')).toBe(20);
    expect(cal.workingDaysBetween('2026-02-10', '2026-03-15')).toBe(19);
    expect(cal.workingDaysBetween('2026-02-14', '2026-02-23')).toBe(0);
    expect(cal.workingDaysBetween('2026-03-16', '2026-02-10')).toBe(-20);
  });

  it('addWorkingDays and workingDaysBetween agree', () => {
    for (const start of ['2026-02-01', '2026-02-14', '2026-02-19', '2026-12-20']) {
      for (let n = 0; n <= 30; n++) expect(cal.workingDaysBetween(start, cal.addWorkingDays(start, n)), `${start} + ${n}`).toBe(n);
    }
  });

  it('crosses into a loaded next year', () => {
    // 12-16..18 = 3, 12-21..25 = 8, 12-28..31 = 12; 2027-01-01 holiday; 1-4..8 = 17; 1-11, 12, 13 = 20.
    expect(cal.addWorkingDays('2026-12-15', 20)).toBe('2027-01-13');
    expect(cal.workingDaysInYear(2026)).toBe(261 - 6 + 2);
  });

  it('refuses any day of a year that is not loaded, telling who listens', () => {
    const onMissingYear = vi.fn();
    const only2026 = new WorkingCalendar({ years: [2026], days: FIXTURE.days.filter((d) => d.day.startsWith('2026')) }, { onMissingYear });
    expect(only2026.addWorkingDays('2026-12-15', 12)).toBe('2026-12-31');
    let error: unknown;
    try {
      only2026.addWorkingDays('2026-12-15', 13);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'CALENDAR_YEAR_NOT_LOADED', status: 409, details: { year: 2027 } });
    expect((error as Error).message).toBe('2027 年工作日历尚未导入，请管理员根据国务院办公厅节假日安排通知导入后再试');
    expect(onMissingYear).toHaveBeenCalledWith(2027);
    expect(() => only2026.isWorkingDay('2025-12-31')).toThrow(expect.objectContaining({ code: 'CALENDAR_YEAR_NOT_LOADED', details: { year: 2025 } }));
    expect(() => only2026.workingDaysBetween('2026-06-01', '2027-01-04')).toThrow(expect.objectContaining({ details: { year: 2027 } }));
    // The day before a range is not looked at: counting from 2025-12-31 needs 2026 only.
    expect(only2026.workingDaysBetween('2025-12-31', '2026-01-02')).toBe(2);
  });

  it('refuses nonsense arguments', () => {
    expect(() => cal.addWorkingDays('2026-03-06', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-03-06', 1.5)).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(() => new WorkingCalendar({ years: [2026], days: [workday('2027-01-09', 'x')] })).toThrow(/not loaded/);
  });
});
