// Driving the durable job runner through whole days with a controlled clock, as production
// does: early in the day the runner schedules each recurring job's occurrence for that day,
// late in the day it runs every job that has come due (the occurrence and what it enqueued).
import type { JobRunner, RunReport } from '../../server/lib/jobs/index.ts';

/** The instant of `hhmm` ('HH:MM', China time) on `day` ('YYYY-MM-DD'). */
export const chinaTime = (day: string, hhmm = '09:00') => new Date(`${day}T${hhmm}:00+08:00`);

/** The China day `n` days after `day` (both 'YYYY-MM-DD'). */
export const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Runs `day` through the runner: set the clock to 00:01 (schedules the day), then to 23:00 (runs what is due). */
export async function runDay(jobs: JobRunner, setClock: (at: Date) => void, day: string): Promise<RunReport> {
  setClock(chinaTime(day, '00:01'));
  await jobs.runDue();
  setClock(chinaTime(day, '23:00'));
  return jobs.runDue();
}

/** The recurring occurrence of `kind` for China day `day`, as the runner keeps it. */
export const occurrence = (jobs: JobRunner, kind: string, day: string) => jobs.jobs.byKey(`recurring:${kind}:${day}`);
