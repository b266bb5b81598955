// The job table's SQL. Every statement is short and on its own (no transaction spans a
// handler): PGlite has one connection, and requests must not wait behind a running job.
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/types.ts';
import type { JobTables } from './tables.ts';

export type JobRow = Selectable<JobTables['job']>;

export interface NewJob {
  kind: string;
  /** Unique: a second job with the same key is not created (the first one stays as it is). */
  key: string;
  payload?: Record<string, unknown>;
  runAt: Date;
  maxAttempts?: number;
}

/** Inserts a job unless one with its key exists; true when inserted. */
export async function insertJob(q: Queryable, j: NewJob): Promise<boolean> {
  const r = await q
    .insertInto('job')
    .values({
      kind: j.kind, key: j.key, payload: JSON.stringify(j.payload ?? {}), run_at: j.runAt,
      ...(j.maxAttempts ? { max_attempts: j.maxAttempts } : {}),
      locked_by: null, locked_until: null, last_error: null, done_at: null, dead_at: null,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * Claims up to `limit` due jobs of the given kinds for `workerId` until `leaseUntil`: one
 * statement, rows locked with SKIP LOCKED so concurrent runners take different jobs, and the
 * lease keeps a claimed job from everyone else after the statement commits.
 */
export async function claimDue(q: Queryable, o: { kinds: string[]; now: Date; limit: number; workerId: string; leaseUntil: Date }): Promise<JobRow[]> {
  if (o.kinds.length === 0) return [];
  const r = await sql<JobRow>`
    with due as (
      select id from job
      where done_at is null and dead_at is null and run_at <= ${o.now}
        and (locked_until is null or locked_until <= ${o.now})
        and attempts < max_attempts and kind = any(${o.kinds}::text[])
      order by run_at, id
      limit ${o.limit}
      for update skip locked
    )
    update job set attempts = job.attempts + 1, locked_by = ${o.workerId}, locked_until = ${o.leaseUntil}
    from due where job.id = due.id
    returning job.*`.execute(q);
  return r.rows.sort((a, b) => a.run_at.getTime() - b.run_at.getTime() || a.id - b.id);
}

/** Jobs whose last allowed attempt was claimed and never finished (the runner died): dead. */
export async function buryAbandoned(q: Queryable, now: Date): Promise<number> {
  const r = await q
    .updateTable('job')
    .set({ dead_at: now, locked_by: null, locked_until: null, last_error: sql`coalesce(last_error || '; ', '') || 'lease expired on the last attempt'` })
    .where('done_at', 'is', null).where('dead_at', 'is', null)
    .whereRef('attempts', '>=', 'max_attempts')
    .where('locked_until', '<=', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

// Finishing checks the claim is still ours (same runner, same attempt): a runner whose lease
// ran out and whose job was claimed again must not finish the other runner's attempt.

export async function markDone(q: Queryable, job: JobRow, now: Date): Promise<boolean> {
  const r = await q
    .updateTable('job').set({ done_at: now, locked_by: null, locked_until: null })
    .where('id', '=', job.id).where('attempts', '=', job.attempts).where('locked_by', '=', job.locked_by)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A failed attempt: again at `retryAt`, or dead when it was the last one. */
export async function markFailed(q: Queryable, job: JobRow, o: { now: Date; error: string; retryAt: Date; dead: boolean }): Promise<boolean> {
  const r = await q
    .updateTable('job')
    .set({ locked_by: null, locked_until: null, last_error: o.error.slice(0, 2000), ...(o.dead ? { dead_at: o.now } : { run_at: o.retryAt }) })
    .where('id', '=', job.id).where('attempts', '=', job.attempts).where('locked_by', '=', job.locked_by)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Finished jobs older than `before` (dead ones stay until someone deals with them). */
export async function deleteDoneBefore(q: Queryable, before: Date): Promise<number> {
  const r = await q.deleteFrom('job').where('done_at', '<', before).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function getJobByKey(q: Queryable, key: string): Promise<JobRow | undefined> {
  return q.selectFrom('job').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function listJobs(q: Queryable, o: { status: 'pending' | 'dead' | 'done'; kind?: string; limit: number }): Promise<JobRow[]> {
  let s = q.selectFrom('job').selectAll();
  if (o.status === 'pending') s = s.where('done_at', 'is', null).where('dead_at', 'is', null);
  if (o.status === 'dead') s = s.where('dead_at', 'is not', null);
  if (o.status === 'done') s = s.where('done_at', 'is not', null);
  if (o.kind) s = s.where('kind', '=', o.kind);
  return s.orderBy('run_at').orderBy('id').limit(o.limit).execute();
}

/** A dead job tried again from scratch (after people fixed what made it fail). */
export async function revive(q: Queryable, id: number, now: Date): Promise<boolean> {
  const r = await q.updateTable('job').set({ dead_at: null, attempts: 0, run_at: now, locked_by: null, locked_until: null }).where('id', '=', id).where('dead_at', 'is not', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
