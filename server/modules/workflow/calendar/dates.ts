// Plain date arithmetic on 'YYYY-MM-DD' strings, through day numbers (days since
// 1970-01-01, read as UTC dates): no time zones, no library.
import { AppError } from '../../../lib/errors.ts';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a 'YYYY-MM-DD' date; refuses malformed or impossible dates (2027-02-29). */
export function toDayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return ms / DAY_MS;
  }
  throw new AppError('VALIDATION_FAILED', `日期“${date}”无效，应为 YYYY-MM-DD 格式的有效日期`, { date });
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function isIsoDate(date: string): boolean {
  try {
    toDayNumber(date);
    return true;
  } catch {
    return false;
  }
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function isWeekend(n: number): boolean {
  const w = weekdayOf(n);
  return w === 0 || w === 6;
}

export function yearOf(n: number): number {
  return new Date(n * DAY_MS).getUTCFullYear();
}

/** Day numbers of 1 January and 31 December of a year. */
export function yearBounds(year: number): { first: number; last: number } {
  return { first: Date.UTC(year, 0, 1) / DAY_MS, last: Date.UTC(year, 11, 31) / DAY_MS };
}
