// The case clock (限时办结): from acceptance it counts working days; in states whose clock
// is 'paused' (补正 after acceptance, publicity, expert steps the item excludes) it stands
// still, and the working days it stood still push the deadlines back when it restarts.
import { AppError } from '../../lib/errors.ts';
import type { WorkingCalendar } from './calendar/calendar.ts';

export type ClockMode = 'none' | 'running' | 'paused';

export interface CaseClock {
  /** Day the clock stopped, while stopped. */
  pausedSince: string | null;
  /** Working days the clock has stood still so far. */
  suspendedWorkingDays: number;
  promisedDeadline: string | null;
  statutoryDeadline: string | null;
}

/** The clock after a transition into a state whose clock mode is `to`, on `today`. */
export function clockAfter(cal: WorkingCalendar, today: string, to: ClockMode, c: CaseClock): CaseClock {
  if (to === 'paused' && c.pausedSince === null) return { ...c, pausedSince: today };
  if (to !== 'paused' && c.pausedSince !== null) {
    const stood = Math.max(0, cal.workingDaysBetween(c.pausedSince, today));
    // A pushed deadline landing in a year not loaded yet stays open (computed once it is).
    const push = (d: string | null) => {
      if (d === null || stood === 0) return d;
      try {
        return cal.addWorkingDays(d, stood);
      } catch (err) {
        if (err instanceof AppError && err.code === 'CALENDAR_YEAR_NOT_LOADED') return null;
        throw err;
      }
    };
    return {
      pausedSince: null,
      suspendedWorkingDays: c.suspendedWorkingDays + stood,
      promisedDeadline: push(c.promisedDeadline),
      statutoryDeadline: push(c.statutoryDeadline),
    };
  }
  return c;
}

/** Working days left until the deadline (negative when overdue); frozen while the clock stands still. */
export function remainingWorkingDays(cal: WorkingCalendar, today: string, deadline: string, pausedSince: string | null): number {
  return cal.workingDaysBetween(pausedSince ?? today, deadline);
}
