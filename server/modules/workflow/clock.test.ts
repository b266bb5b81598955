import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './calendar/calendar.ts';
import { clockAfter, remainingWorkingDays, type CaseClock } from './clock.ts';

// 2026 with its National Day holidays (10-01..10-07) and 调休 workdays (09-20 Sun, 10-10 Sat).
const cal = new WorkingCalendar({
  years: [2026],
  days: [
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ day: `2026-10-${d}`, kind: 'holiday' as const, name: '国庆节' })),
    { day: '2026-09-20', kind: 'workday' as const, name: '国庆节' },
    { day: '2026-10-10', kind: 'workday' as const, name: '国庆节' },
  ],
});
const running: CaseClock = { pausedSince: null, suspendedWorkingDays: 0, promisedDeadline: '2026-10-20', statutoryDeadline: '2026-11-10' };

describe('case clock', () => {
  it('stops, and on restart pushes the deadlines back by the working days it stood still', () => {
    const stopped = clockAfter(cal, '2026-09-28', 'paused', running);
    expect(stopped).toMatchObject({ pausedSince: '2026-09-28', promisedDeadline: '2026-10-20' });
    // Remaining days are frozen while stopped.
    expect(remainingWorkingDays(cal, '2026-10-09', '2026-10-20', stopped.pausedSince)).toBe(remainingWorkingDays(cal, '2026-09-28', '2026-10-20', null));
    // Stood still 09-29, 09-30, (holidays), 10-08, 10-09, 10-10 (调休 Saturday) = 5 working days.
    const restarted = clockAfter(cal, '2026-10-10', 'running', stopped);
    expect(restarted.pausedSince).toBeNull();
    expect(restarted.suspendedWorkingDays).toBe(5);
    expect(restarted.promisedDeadline).toBe(cal.addWorkingDays('2026-10-20', 5));
    expect(restarted.promisedDeadline).toBe('2026-10-27');
  });

  it('does nothing when it neither stops nor restarts, and ignores a second stop', () => {
    expect(clockAfter(cal, '2026-09-28', 'running', running)).toEqual(running);
    const stopped = clockAfter(cal, '2026-09-28', 'paused', running);
    expect(clockAfter(cal, '2026-09-30', 'paused', stopped)).toEqual(stopped);
  });

  it('leaves a deadline open rather than guess when the push reaches an unloaded year', () => {
    const late: CaseClock = { pausedSince: '2026-12-01', suspendedWorkingDays: 0, promisedDeadline: '2026-12-30', statutoryDeadline: null };
    const r = clockAfter(cal, '2026-12-15', 'running', late);
    expect(r.suspendedWorkingDays).toBe(10);
    expect(r.promisedDeadline).toBeNull();
  });
});
