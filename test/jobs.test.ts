// The durable job runner on each engine: one run per job with two runners on one database,
// retries with backoff, dead after the last attempt, a claim abandoned by a crashed runner
// taken over once its lease ends, recurring jobs once per period, a clean stop.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../server/db/connect.ts';
import { createJobRunner, enqueueJob, type JobRunnerOptions } from '../server/lib/jobs/index.ts';
import { claimDue, markDone } from '../server/lib/jobs/store.ts';
import { engines, freshDatabase, type TestDatabase } from './support/databases.ts';

const T0 = new Date('2026-12-04T00:00:00Z'); // 08:00 in China

describe.each(engines)('job runner on %s', (engine) => {
  let t: TestDatabase;
  const extra: Database[] = [];
  let clock = T0;
  const now = () => clock;
  const runner = (o: Partial<JobRunnerOptions> = {}, db = t.database.db) => createJobRunner({ db, now, ...o });

  // One database for the file (a fresh one per test is slow on a shared machine); each test starts with no jobs.
  beforeAll(async () => {
    t = await freshDatabase(engine);
  });
  afterAll(async () => {
    for (const d of extra.splice(0)) await d.close();
    await t.drop();
  });
  beforeEach(async () => {
    clock = T0;
    await t.database.db.deleteFrom('job').execute();
  });
  const row = (key: string) => t.database.db.selectFrom('job').selectAll().where('key', '=', key).executeTakeFirstOrThrow();

  it('runs each job once with two runners on the same database at the same time', async () => {
    // On PostgreSQL the second runner has its own connection pool, as a second app instance would.
    let other = t.database.db;
    if (engine === 'postgres') {
      const d = await openDatabase({ kind: 'postgres', url: t.url! });
      extra.push(d);
      other = d.db;
    }
    const runs = new Map<string, string[]>();
    const handler = (who: string) => async (payload: Record<string, unknown>) => {
      await new Promise((r) => setTimeout(r, 5));
      const k = String(payload.n);
      runs.set(k, [...(runs.get(k) ?? []), who]);
    };
    const a = runner({ workerId: 'a', batchSize: 3 });
    const b = runner({ workerId: 'b', batchSize: 3 }, other);
    a.register('test.work', handler('a'));
    b.register('test.work', handler('b'));
    for (let n = 0; n < 40; n++) await enqueueJob(t.database.db, { kind: 'test.work', key: `work:${n}`, runAt: T0, payload: { n } });
    // Enqueueing a key again makes no second job.
    expect(await enqueueJob(t.database.db, { kind: 'test.work', key: 'work:0', runAt: T0, payload: { n: 0 } })).toBe(false);

    const [ra, rb] = await Promise.all([a.runDue(), b.runDue()]);
    expect(ra.done + rb.done).toBe(40);
    expect(runs.size).toBe(40);
    for (const [, who] of runs) expect(who).toHaveLength(1);
    if (engine === 'postgres') expect(new Set([...runs.values()].flat())).toEqual(new Set(['a', 'b'])); // both took part
    const left = await t.database.db.selectFrom('job').select('id').where('done_at', 'is', null).execute();
    expect(left).toHaveLength(0);
  });

  it('retries a failed job with exponential backoff, then succeeds', async () => {
    let calls = 0;
    const r = runner();
    r.register('test.flaky', async () => {
      calls++;
      if (calls < 3) throw new Error(`上游暂不可用 ${calls}`);
    });
    await r.enqueue({ kind: 'test.flaky', key: 'flaky', runAt: T0 });
    expect(await r.runDue()).toEqual({ done: 0, failed: 1, dead: 0 });
    let j = await row('flaky');
    expect(j.run_at.getTime() - T0.getTime()).toBe(30_000); // first retry after 30 s
    expect(j.last_error).toContain('上游暂不可用 1');
    expect(j.locked_until).toBeNull();

    clock = new Date(T0.getTime() + 29_000);
    expect(await r.runDue()).toEqual({ done: 0, failed: 0, dead: 0 }); // not yet
    clock = new Date(T0.getTime() + 30_000);
    expect(await r.runDue()).toEqual({ done: 0, failed: 1, dead: 0 });
    j = await row('flaky');
    expect(j.run_at.getTime() - clock.getTime()).toBe(60_000); // then 60 s
    clock = new Date(clock.getTime() + 60_000);
    expect(await r.runDue()).toEqual({ done: 1, failed: 0, dead: 0 });
    j = await row('flaky');
    expect(j.attempts).toBe(3);
    expect(j.done_at).not.toBeNull();
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt and keeps the job as dead, until revived', async () => {
    let calls = 0;
    const r = runner({ backoffMs: () => 1000 });
    r.register('test.broken', async () => {
      calls++;
      throw new Error('坏数据');
    });
    await r.enqueue({ kind: 'test.broken', key: 'broken', runAt: T0, maxAttempts: 3 });
    const reports = [];
    for (let i = 0; i < 5; i++) {
      reports.push(await r.runDue());
      clock = new Date(clock.getTime() + 1000);
    }
    expect(calls).toBe(3);
    expect(reports.map((x) => x.dead)).toEqual([0, 0, 1, 0, 0]);
    const j = await row('broken');
    expect(j.dead_at).not.toBeNull();
    expect(j.last_error).toContain('坏数据');
    expect((await r.jobs.list({ status: 'dead' })).map((x) => x.key)).toEqual(['broken']);
    expect(await r.jobs.revive(j.id)).toBe(true);
    await r.runDue();
    expect(calls).toBe(4);
  });

  it('a job claimed by a runner that died is run by another once the lease ends, and the late one cannot finish it', async () => {
    const r = runner({ leaseMs: 60_000 });
    const ran: string[] = [];
    r.register('test.work', async (p) => void ran.push(String(p.n)));
    await r.enqueue({ kind: 'test.work', key: 'w1', runAt: T0, payload: { n: 1 } });
    // "Runner X" claims it and crashes before finishing.
    const [claimed] = await claimDue(t.database.db, { kinds: ['test.work'], now: T0, limit: 1, workerId: 'x', leaseUntil: new Date(T0.getTime() + 60_000) });
    expect(claimed!.attempts).toBe(1);
    // A new runner (the restarted server) leaves it alone while the lease holds …
    const restarted = runner({ workerId: 'restarted' });
    restarted.register('test.work', async (p) => void ran.push(String(p.n)));
    expect((await restarted.runDue()).done).toBe(0);
    // … and runs it once the lease has ended.
    clock = new Date(T0.getTime() + 60_000);
    expect((await restarted.runDue()).done).toBe(1);
    expect(ran).toEqual(['1']);
    expect(await markDone(t.database.db, claimed!, clock)).toBe(false); // runner X, back too late, cannot finish it
    const j = await row('w1');
    expect(j.attempts).toBe(2);
    expect(j.done_at).not.toBeNull();
  });

  it('a claim abandoned on the last attempt ends dead, not stuck', async () => {
    const r = runner({ leaseMs: 1000 });
    r.register('test.work', async () => undefined);
    await r.enqueue({ kind: 'test.work', key: 'last', runAt: T0, maxAttempts: 1 });
    await claimDue(t.database.db, { kinds: ['test.work'], now: T0, limit: 1, workerId: 'x', leaseUntil: new Date(T0.getTime() + 1000) });
    clock = new Date(T0.getTime() + 1000);
    expect((await r.runDue()).dead).toBe(1);
    expect((await row('last')).last_error).toContain('lease expired');
  });

  it('leaves jobs of kinds it has no handler for', async () => {
    const r = runner();
    r.register('test.mine', async () => undefined);
    await r.enqueue({ kind: 'test.other', key: 'other', runAt: T0 });
    expect(await r.runDue()).toEqual({ done: 0, failed: 0, dead: 0 });
    expect((await row('other')).attempts).toBe(0);
  });

  it('schedules a recurring job once per period across runners, and catches up one missed occurrence', async () => {
    clock = new Date('2026-12-03T23:00:00Z'); // 07:00 on 4 December in China
    const periods: string[] = [];
    const mk = (id: string) => {
      const r = runner({ workerId: id });
      r.recurring('test.daily', { dailyAt: '08:00' }, async (p) => void periods.push(String(p.period)));
      return r;
    };
    const a = mk('a');
    const b = mk('b');
    await Promise.all([a.runDue(), b.runDue()]);
    const rows = await t.database.db.selectFrom('job').selectAll().where('kind', '=', 'test.daily').execute();
    expect(rows.map((x) => [x.key, x.run_at.toISOString()])).toEqual([['recurring:test.daily:2026-12-04', '2026-12-04T00:00:00.000Z']]);

    clock = new Date('2026-12-04T00:00:00Z'); // 08:00
    await Promise.all([a.runDue(), b.runDue()]);
    await Promise.all([a.runDue(), b.runDue()]);
    expect(periods).toEqual(['2026-12-04']);

    // Everything down for three days: the occurrence scheduled before runs once at the next start, then the next day's.
    clock = new Date('2026-12-07T03:00:00Z');
    const c = mk('c');
    await c.runDue();
    expect(periods).toEqual(['2026-12-04', '2026-12-05']);
    clock = new Date('2026-12-08T00:00:00Z');
    await c.runDue();
    expect(periods).toEqual(['2026-12-04', '2026-12-05', '2026-12-08']);
  });

  it('polls once started and stops cleanly, waiting for the job in hand', async () => {
    clock = new Date(); // real time for the poller
    const r = createJobRunner({ db: t.database.db, pollMs: 20 });
    let finished = false;
    let started!: () => void;
    const begun = new Promise<void>((res) => (started = res));
    r.register('test.slow', async () => {
      started();
      await new Promise((res) => setTimeout(res, 200));
      finished = true;
    });
    await r.enqueue({ kind: 'test.slow', key: 'slow', runAt: new Date() });
    r.start();
    await begun;
    await r.stop();
    expect(finished).toBe(true);
    expect((await row('slow')).done_at).not.toBeNull();
  });
});
