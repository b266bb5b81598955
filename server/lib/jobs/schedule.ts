// When recurring jobs run. Times of day are China Standard Time (UTC+8 all year, as in
// server/lib/china-date.ts). Each occurrence has a key of its own, so every runner that
// schedules it makes the same single job row.

export type Schedule =
  /** Every day at 'HH:MM' China time (e.g. the supervisors' 08:00 summary). */
  | { dailyAt: string }
  /** Every n minutes, aligned to the epoch (n = 60 → on the hour). */
  | { everyMinutes: number };

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface Occurrence {
  runAt: Date;
  /** Names the period: the China date for daily schedules, the instant for the others. */
  label: string;
}

export function validateSchedule(s: Schedule): void {
  if ('dailyAt' in s) {
    const m = /^(\d{2}):(\d{2})$/.exec(s.dailyAt);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new Error(`dailyAt must be 'HH:MM', got ${s.dailyAt}`);
  } else if (!Number.isInteger(s.everyMinutes) || s.everyMinutes < 1 || s.everyMinutes > 24 * 60) {
    throw new Error(`everyMinutes must be a whole number of minutes from 1 to 1440, got ${s.everyMinutes}`);
  }
}

/** The first occurrence strictly after `now`. */
export function nextOccurrence(s: Schedule, now: Date): Occurrence {
  const t = now.getTime();
  if ('dailyAt' in s) {
    const [h, m] = s.dailyAt.split(':').map(Number) as [number, number];
    const chinaMidnight = Math.floor((t + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS; // as a UTC instant
    let at = chinaMidnight + (h * 60 + m) * 60_000;
    if (at <= t) at += DAY_MS;
    return { runAt: new Date(at), label: new Date(at + CHINA_OFFSET_MS).toISOString().slice(0, 10) };
  }
  const period = s.everyMinutes * 60_000;
  const at = (Math.floor(t / period) + 1) * period;
  return { runAt: new Date(at), label: new Date(at).toISOString() };
}
