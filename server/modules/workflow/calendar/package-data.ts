// The holidays and 调休 working days the npm package `chinese-days` carries, per year.
// We read its data file and never call its functions: for a year it has no data for, the
// package quietly treats weekdays as working days, and a deadline must never rest on that.
// A year counts as carried only when its data names the four holidays every State Council
// notice since 2004 has set (元旦, 春节, 劳动节, 国庆节), so a half-filled year is left out.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { CalendarDay } from './calendar.ts';
import { isWeekend, toDayNumber, yearOf } from './dates.ts';

const require = createRequire(import.meta.url);

const dataFileSchema = z.object({
  holidays: z.record(z.iso.date(), z.string()),
  workdays: z.record(z.iso.date(), z.string()),
});

/** The package names some festivals without 节; the State Council's notice uses the full name. */
const NOTICE_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };
const ALWAYS_THERE = ['元旦', '春节', '劳动节', '国庆节'];

/** "Spring Festival,春节,4" → "春节" (English name, Chinese name, number of days by law). */
function chineseName(value: string): string {
  const parts = value.split(',');
  const zh = (parts.length >= 3 ? parts[parts.length - 2] : parts[0])?.trim() || value;
  return NOTICE_NAMES[zh] ?? zh;
}

export interface PackageCalendar {
  version: string;
  /** Complete years only, each with its exception days in date order. */
  years: Map<number, CalendarDay[]>;
  /** Years that appear in the data but are not complete (left out). */
  partial: number[];
}

export function readPackageCalendar(): PackageCalendar {
  const file = require.resolve('chinese-days/dist/chinese-days.json');
  const data = dataFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const { version } = z.object({ version: z.string() }).parse(require('chinese-days/package.json'));

  const byYear = new Map<number, CalendarDay[]>();
  const add = (day: string, kind: CalendarDay['kind'], value: string) => {
    const n = toDayNumber(day);
    if (kind === 'workday' && !isWeekend(n)) throw new Error(`chinese-days ${version}: 调休 working day ${day} is not a weekend day`);
    const list = byYear.get(yearOf(n)) ?? [];
    list.push({ day, kind, name: chineseName(value) });
    byYear.set(yearOf(n), list);
  };
  for (const [day, value] of Object.entries(data.holidays)) add(day, 'holiday', value);
  for (const [day, value] of Object.entries(data.workdays)) {
    if (day in data.holidays) throw new Error(`chinese-days ${version}: ${day} is both a holiday and a working day`);
    add(day, 'workday', value);
  }

  const years = new Map<number, CalendarDay[]>();
  const partial: number[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const days = byYear.get(year)!.sort((a, b) => a.day.localeCompare(b.day));
    const names = new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.name));
    if (ALWAYS_THERE.every((n) => names.has(n))) years.set(year, days);
    else partial.push(year);
  }
  return { version, years, partial };
}
