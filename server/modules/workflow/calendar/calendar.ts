// The working-day calendar (工作日历) as pure functions over loaded data.
// 行政许可法 §82: limits in working days exclude statutory holidays. A working day is a
// weekday that is not a holiday, or a 调休 weekend working day. The start day (the day of
// acceptance) is never counted. Any day in a year without loaded data is refused with
// CALENDAR_YEAR_NOT_LOADED: never a quiet guess that weekdays are working days.
import { AppError } from '../../../lib/errors.ts';
import { fromDayNumber, isWeekend, toDayNumber, yearBounds, yearOf } from './dates.ts';
import type { DayKind } from './tables.ts';

export interface CalendarDay {
  day: string;
  kind: DayKind;
  name: string;
}

export interface CalendarData {
  /** The years whose holidays and 调休 days are known (a calendar_year row each). */
  years: Iterable<number>;
  /** The exceptions to "Monday to Friday" within those years. */
  days: Iterable<CalendarDay>;
}

export interface CalendarOptions {
  /** Told about a year that was asked for but is not loaded, just before the refusal. */
  onMissingYear?: (year: number) => void;
}

/** The longest span one computation may walk (about 27 years): guards against runaway loops. */
const MAX_SPAN_DAYS = 10_000;

export function yearNotLoaded(year: number): AppError {
  return new AppError('CALENDAR_YEAR_NOT_LOADED', `${year} 年工作日历尚未导入，请管理员根据国务院办公厅节假日安排通知导入后再试`, { year });
}

export class WorkingCalendar {
  private readonly loaded: ReadonlySet<number>;
  private readonly exceptions: ReadonlyMap<number, CalendarDay>;

  constructor(
    data: CalendarData,
    private readonly opts: CalendarOptions = {},
  ) {
    this.loaded = new Set(data.years);
    const exceptions = new Map<number, CalendarDay>();
    for (const d of data.days) {
      const n = toDayNumber(d.day);
      if (!this.loaded.has(yearOf(n))) throw new Error(`calendar day ${d.day} lies in a year that is not loaded`);
      exceptions.set(n, d);
    }
    this.exceptions = exceptions;
  }

  /** The loaded years, ascending. */
  get years(): number[] {
    return [...this.loaded].sort((a, b) => a - b);
  }

  hasYear(year: number): boolean {
    return this.loaded.has(year);
  }

  isWorkingDay(date: string): boolean {
    return this.working(toDayNumber(date));
  }

  /**
   * The date of the n-th working day after `start` (start itself not counted), e.g. the
   * deadline of an n-working-day limit for a case accepted on `start`. n = 0 gives `start`.
   */
  addWorkingDays(start: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
    let day = toDayNumber(start);
    const limit = day + MAX_SPAN_DAYS;
    for (let counted = 0; counted < n; ) {
      day++;
      if (day > limit) throw new RangeError(`${n} working days after ${start} exceed the longest span computed`);
      if (this.working(day)) counted++;
    }
    return fromDayNumber(day);
  }

  /**
   * The working days after `from` up to and including `to`: how many working days of a
   * limit have been used from acceptance on `from` to `to`. Negative when `to` is before
   * `from` (workingDaysBetween(a, b) = -workingDaysBetween(b, a)), so that
   * workingDaysBetween(today, deadline) is the working days left, below 0 once overdue.
   */
  workingDaysBetween(from: string, to: string): number {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    if (b < a) return -this.workingDaysBetween(to, from);
    if (b - a > MAX_SPAN_DAYS) throw new RangeError(`the span ${from}..${to} exceeds the longest span computed`);
    let count = 0;
    for (let day = a + 1; day <= b; day++) if (this.working(day)) count++;
    return count;
  }

  /** The first working day after `date` (`date` itself not considered). */
  nextWorkingDay(date: string): string {
    return this.addWorkingDays(date, 1);
  }

  /** How many working days a loaded year has. */
  workingDaysInYear(year: number): number {
    const { first, last } = yearBounds(year);
    return this.workingDaysBetween(fromDayNumber(first - 1), fromDayNumber(last));
  }

  private working(day: number): boolean {
    const year = yearOf(day);
    if (!this.loaded.has(year)) {
      this.opts.onMissingYear?.(year);
      throw yearNotLoaded(year);
    }
    const exception = this.exceptions.get(day);
    if (exception) return exception.kind === 'workday';
    return !isWeekend(day);
  }
}
