// The durable job runner: handlers registered by kind run the due rows of the job table.
// - At least once, and once in practice: a job is claimed (SKIP LOCKED + lease) by one runner
//   among all instances; a runner that dies mid-job leaves it to be claimed again when the
//   lease ends, so handlers must be idempotent (make their writes conditional or keyed).
// - A failed attempt is retried with exponential backoff; after max_attempts the job is dead
//   (kept, with its last error, for people to look at and revive).
// - Recurring jobs: each runner makes sure the next occurrence of every schedule exists as a
//   row with a per-period key, so one job per period whatever the number of instances, and an
//   occurrence missed while everything was down still runs at the next start.
// - No transaction spans a handler: claiming and finishing are single short statements, and
//   the poller sleeps between rounds, so requests on PGlite's one connection are not starved.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, Queryable } from '../../db/types.ts';
import { nextOccurrence, validateSchedule, type Schedule } from './schedule.ts';
import * as store from './store.ts';

export type { Schedule } from './schedule.ts';
export type { JobRow } from './store.ts';

export interface JobContext {
  /** The job as claimed (attempts counts this attempt). */
  job: store.JobRow;
  /** The runner's clock at the start of this attempt. */
  now: Date;
  db: Kysely<DB>;
}

export type JobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<void>;

export interface HandlerOptions {
  /** Attempts before the job is dead, for jobs this runner schedules itself (recurring); enqueueJob sets it per job. */
  maxAttempts?: number;
}

interface Logger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobRunnerOptions {
  db: Kysely<DB>;
  /** The clock (tests fix it and move it). */
  now?: () => Date;
  /** Names this runner in locked_by (default host:pid:random). */
  workerId?: string;
  /** Pause between polling rounds when nothing was due (ms, default 1000). */
  pollMs?: number;
  /** How long a claim is held before another runner may take the job again (ms, default 5 min). */
  leaseMs?: number;
  /** Jobs claimed per statement (default 5). */
  batchSize?: number;
  /** Delay before retry n (n = 1 after the first failure); default 30 s · 2^(n−1), at most 1 h. */
  backoffMs?: (attempt: number) => number;
  /** Finished jobs are deleted after this many days (default 30). */
  keepDoneDays?: number;
  log?: Logger;
}

export interface RunReport {
  done: number;
  failed: number;
  dead: number;
}

export const DEFAULT_BACKOFF = (attempt: number) => Math.min(30_000 * 2 ** (attempt - 1), 3_600_000);

/** Adds a job unless one with its key exists (true when added). Pass the transaction to make the job part of a change. */
export function enqueueJob(q: Queryable, job: store.NewJob): Promise<boolean> {
  return store.insertJob(q, job);
}

export function createJobRunner(opts: JobRunnerOptions) {
  const db = opts.db;
  const now = opts.now ?? (() => new Date());
  const workerId = opts.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const pollMs = opts.pollMs ?? 1000;
  const leaseMs = opts.leaseMs ?? 5 * 60_000;
  const batchSize = opts.batchSize ?? 5;
  const backoff = opts.backoffMs ?? DEFAULT_BACKOFF;
  const keepDoneMs = (opts.keepDoneDays ?? 30) * 24 * 3_600_000;
  const handlers = new Map<string, { handler: JobHandler; opts: HandlerOptions }>();
  const recurring = new Map<string, Schedule>();
  /** Per schedule, the occurrence key this runner has made sure exists. */
  const ensured = new Map<string, string>();
  let lastSweep = 0;

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;
  let stopRequested = false;

  async function ensureRecurring(at: Date): Promise<void> {
    for (const [kind, schedule] of recurring) {
      const next = nextOccurrence(schedule, at);
      const key = `recurring:${kind}:${next.label}`;
      if (ensured.get(kind) === key) continue;
      await store.insertJob(db, { kind, key, runAt: next.runAt, payload: { period: next.label, scheduledFor: next.runAt.toISOString() }, maxAttempts: handlers.get(kind)?.opts.maxAttempts });
      ensured.set(kind, key);
    }
  }

  async function runOne(job: store.JobRow): Promise<'done' | 'failed' | 'dead'> {
    const entry = handlers.get(job.kind)!;
    try {
      await entry.handler(job.payload, { job, now: now(), db });
    } catch (err) {
      const at = now();
      const dead = job.attempts >= job.max_attempts;
      const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      await store.markFailed(db, job, { now: at, error, retryAt: new Date(at.getTime() + backoff(job.attempts)), dead });
      opts.log?.[dead ? 'error' : 'warn']({ job: job.id, kind: job.kind, key: job.key, attempt: job.attempts, err: error }, dead ? 'job dead after its last attempt' : 'job failed; will retry');
      return dead ? 'dead' : 'failed';
    }
    if (!(await store.markDone(db, job, now()))) {
      opts.log?.warn({ job: job.id, kind: job.kind }, 'job finished after its lease ran out and was claimed again');
    }
    return 'done';
  }

  /** One round: schedules recurring occurrences, then runs every job due now, batch by batch. */
  async function runDue(): Promise<RunReport> {
    const report: RunReport = { done: 0, failed: 0, dead: 0 };
    const start = now();
    await ensureRecurring(start);
    report.dead += await store.buryAbandoned(db, start);
    if (start.getTime() - lastSweep > 3_600_000) {
      lastSweep = start.getTime();
      await store.deleteDoneBefore(db, new Date(start.getTime() - keepDoneMs));
    }
    const kinds = [...handlers.keys()];
    for (;;) {
      if (stopRequested) break; // stopping: finish the job in hand, claim no more
      const at = now();
      const jobs = await store.claimDue(db, { kinds, now: at, limit: batchSize, workerId, leaseUntil: new Date(at.getTime() + leaseMs) });
      if (jobs.length === 0) break;
      for (const job of jobs) report[await runOne(job)]++;
    }
    return report;
  }

  function schedule(delay: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runDue()
        .catch((err: unknown) => opts.log?.error({ err: (err as Error).message }, 'job runner round failed'))
        .finally(() => {
          running = undefined;
          schedule(pollMs);
        });
    }, delay);
    timer.unref?.();
  }

  return {
    workerId,

    /** Registers the handler of a kind (once per kind). */
    register(kind: string, handler: JobHandler, handlerOpts: HandlerOptions = {}): void {
      if (handlers.has(kind)) throw new Error(`job kind ${kind} already has a handler`);
      handlers.set(kind, { handler, opts: handlerOpts });
    },

    /** Runs `kind` on a schedule (its handler registered too): one job per occurrence across all instances. */
    recurring(kind: string, when: Schedule, handler: JobHandler, handlerOpts: HandlerOptions = {}): void {
      validateSchedule(when);
      this.register(kind, handler, handlerOpts);
      recurring.set(kind, when);
    },

    /** Adds a job (see enqueueJob). */
    enqueue: (job: store.NewJob, q: Queryable = db) => store.insertJob(q, job),

    /** Runs everything due now and returns what happened; tests call it with a fixed clock. */
    runDue,

    /** Starts polling (the first round right away). */
    start(): void {
      if (!stopped) return;
      stopped = false;
      stopRequested = false;
      schedule(0);
    },

    /** Stops polling and waits for the job in hand to finish. */
    async stop(): Promise<void> {
      stopped = true;
      stopRequested = true;
      if (timer) clearTimeout(timer);
      await running;
    },

    jobs: {
      byKey: (key: string) => store.getJobByKey(db, key),
      list: (o: { status: 'pending' | 'dead' | 'done'; kind?: string; limit?: number }) => store.listJobs(db, { ...o, limit: o.limit ?? 100 }),
      revive: (id: number) => store.revive(db, id, now()),
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
