// Display formatting: dates, percentages, time limits.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Times are shown in Beijing time wherever the browser is: deadlines, case numbers and
 * working days are all China dates, and a reader abroad must see the same day.
 */
const CHINA = 'Asia/Shanghai';

/** A date (kept as it is: it already is a China date) or an instant (its day in Beijing). */
export const formatDate = (iso: string | null | undefined) =>
  !iso ? '—' : /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : dayjs(iso).tz(CHINA).format('YYYY-MM-DD');
export const formatDateTime = (iso: string | null | undefined) =>
  iso ? dayjs(iso).tz(CHINA).format('YYYY-MM-DD HH:mm') : '—';

/** Shares and ratios come from the API as fractions (0.6 = 60 %). */
export const toPercent = (fraction: number) => Math.round(fraction * 1000) / 10;
export const formatPercent = (fraction: number | null | undefined) =>
  fraction === null || fraction === undefined ? '—' : `${toPercent(fraction)}%`;

export function promisedText(promisedDays: number): string {
  return promisedDays === 0 ? '即办' : `${promisedDays} 个工作日`;
}

/** "承诺 5 个工作日（法定 20）" style summary. */
export function timeLimitText(promisedDays: number, statutoryDays: number | null): string {
  const promised = promisedText(promisedDays);
  return statutoryDays === null ? `${promised}（无法定时限）` : `${promised}（法定 ${statutoryDays}）`;
}

/** Any value as short readable text (objects as JSON). */
export function stringifyValue(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '（空）';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value === true ? '是' : value === false ? '否' : value);
  return JSON.stringify(value, null, 2);
}

/** Only http(s) and site-relative links are rendered as links (content is admin-entered). */
export const isSafeUrl = (url: string | undefined): url is string => !!url && /^(https?:\/\/|\/(?!\/))/i.test(url);
