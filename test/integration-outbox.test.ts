// The outbox delivery worker on each engine, against a receiver over real HTTP: retries with
// backoff until the receiver recovers, dead after N failures, the admin's retry and discard
// (audited), one case's messages in order, and two workers on one database delivering each
// message once.
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxAdmin } from '../server/modules/integration/outbox/service.ts';
import { enqueue } from '../server/modules/integration/outbox/store.ts';
import { createOutboxWorker, type OutboxWorkerSettings } from '../server/modules/integration/outbox/worker.ts';
import { engines, freshDatabase, type TestDatabase } from './support/databases.ts';
import { staffPrincipal } from './support/principals.ts';
import { startRecorder, type Recorder } from './support/recorder.ts';

describe.each(engines)('outbox delivery on %s', (engine) => {
  let t: TestDatabase;
  let rec: Recorder;
  const settings = (over: Partial<OutboxWorkerSettings> = {}): OutboxWorkerSettings => ({
    adapters: { 'test.*': (m) => rec.deliver(m) },
    leaseSeconds: 30, pollMs: 20, batchSize: 10, maxAttempts: 3, backoff: { baseSeconds: 0, maxSeconds: 0 }, ...over,
  });
  const row = (key: string) => t.database.db.selectFrom('outbox_message').selectAll().where('idempotency_key', '=', key).executeTakeFirstOrThrow();
  const put = (key: string, payload: Record<string, unknown> = {}, topic = 'test.echo') => enqueue(t.database.db, { topic, idempotencyKey: key, payload });

  beforeAll(async () => {
    t = await freshDatabase(engine);
    rec = await startRecorder();
  }, 180_000);
  afterAll(async () => {
    await rec?.close();
    await t?.drop();
  });
  beforeEach(async () => {
    rec.behaviour.mode = 'ok';
    rec.behaviour.delayMs = 0;
    await sql`delete from outbox_message`.execute(t.database.db);
  });

  it('retries a failing receiver with exponential backoff and delivers once it recovers', async () => {
    await put('k-retry');
    rec.behaviour.mode = 'fail';
    const w = createOutboxWorker(t.database.db, settings({ backoff: { baseSeconds: 60, maxSeconds: 3600 }, maxAttempts: 5 }));
    expect(await w.runOnce()).toBe(1);
    let m = await row('k-retry');
    expect(m.attempts).toBe(1);
    expect(m.delivered_at).toBeNull();
    expect(m.last_error).toContain('503');
    const wait = (m.available_at.getTime() - Date.now()) / 1000;
    expect(wait).toBeGreaterThan(40); // 60 s ± 20 %
    expect(wait).toBeLessThan(80);
    expect(await w.runOnce()).toBe(0); // not due yet
    await sql`update outbox_message set available_at = now()`.execute(t.database.db);
    expect(await w.runOnce()).toBe(1);
    m = await row('k-retry');
    expect((m.available_at.getTime() - Date.now()) / 1000).toBeGreaterThan(90); // 120 s ± 20 %: doubled
    rec.behaviour.mode = 'ok';
    await sql`update outbox_message set available_at = now()`.execute(t.database.db);
    expect(await w.runOnce()).toBe(1);
    m = await row('k-retry');
    expect(m.delivered_at).not.toBeNull();
    expect(m.attempts).toBe(3);
    expect(rec.counts.get('k-retry')).toBe(1);
  });

  it('gives up after N failures (dead); an admin retries it or discards it with a reason, on record', async () => {
    await put('k-dead');
    await put('k-discard');
    rec.behaviour.mode = 'fail';
    const w = createOutboxWorker(t.database.db, settings({ maxAttempts: 3 }));
    for (let i = 0; i < 5; i++) await w.runOnce();
    expect((await row('k-dead')).dead_at).not.toBeNull();
    expect((await row('k-dead')).attempts).toBe(3);
    const admin = createOutboxAdmin(t.database.db);
    const boss = staffPrincipal(['admin']);
    const dead = await admin.list(boss, { status: 'dead', page: 1, pageSize: 20 });
    expect(dead.items.map((i) => i.idempotencyKey).sort()).toEqual(['k-dead', 'k-discard']);
    await expect(admin.retry(staffPrincipal(['item_manager']), dead.items[0]!.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    rec.behaviour.mode = 'ok';
    const id = (await row('k-dead')).id;
    expect(await admin.retry(boss, id)).toMatchObject({ status: 'pending', attempts: 0 });
    const discarded = await admin.discard(boss, (await row('k-discard')).id, '平台已人工补录');
    expect(discarded).toMatchObject({ status: 'discarded', discardReason: '平台已人工补录' });
    await w.runOnce();
    expect((await row('k-dead')).delivered_at).not.toBeNull();
    expect(rec.counts.get('k-discard')).toBeUndefined();
    await expect(admin.retry(boss, id)).rejects.toMatchObject({ code: 'OUTBOX_NOT_DEAD' });
    await expect(admin.discard(boss, id, '迟到的作废')).rejects.toMatchObject({ code: 'OUTBOX_ALREADY_DONE' });
    const audit = await t.database.db.selectFrom('audit_event').select(['action', 'data']).where('subject_type', '=', 'outbox_message').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['outbox.retry', 'outbox.discard']);
    expect(audit[1]!.data).toEqual({ reason: '平台已人工补录' });
  });

  it("keeps one case's messages in order: a later one waits while an earlier one is undelivered, even dead", async () => {
    await put('c1-v1', { caseId: 'c1' });
    await put('c1-v2', { caseId: 'c1' });
    await put('c2-v1', { caseId: 'c2' });
    rec.behaviour.mode = 'fail';
    const w = createOutboxWorker(t.database.db, settings({ maxAttempts: 1 }));
    expect(await w.runOnce()).toBe(2); // c1-v1 and c2-v1; c1-v2 waits
    expect(await w.runOnce()).toBe(0); // both dead now; c1-v2 still waits behind its dead predecessor
    rec.behaviour.mode = 'ok';
    await createOutboxAdmin(t.database.db).retry(staffPrincipal(['admin']), (await row('c1-v1')).id);
    await w.runOnce();
    await w.runOnce();
    expect(rec.arrivals.filter((a) => a.payload.caseId === 'c1').map((a) => a.key)).toEqual(['c1-v1', 'c1-v2']);
    expect((await row('c2-v1')).dead_at).not.toBeNull();
  });

  it('leaves messages of topics without an adapter waiting (not dead)', async () => {
    await put('k-other', {}, 'elsewhere.topic');
    const w = createOutboxWorker(t.database.db, settings());
    expect(await w.runOnce()).toBe(0);
    expect(await row('k-other')).toMatchObject({ attempts: 0, dead_at: null });
  });

  it('two workers on one database deliver each of 120 messages exactly once', async () => {
    const keys = Array.from({ length: 120 }, (_, i) => `two-${i}`);
    for (const k of keys) await put(k, { caseId: `case-${k}` });
    rec.behaviour.delayMs = 5;
    const a = createOutboxWorker(t.database.db, settings({ batchSize: 4, instance: 'A' }));
    const b = createOutboxWorker(t.database.db, settings({ batchSize: 4, instance: 'B' }));
    const drain = async (w: typeof a) => {
      while ((await w.runOnce()) > 0);
    };
    await Promise.all([drain(a), drain(b)]);
    for (const k of keys) expect(rec.counts.get(k), k).toBe(1);
    const by = await sql<{ locked_by: string; n: number }>`select locked_by, count(*)::int as n from outbox_message where delivered_at is not null group by 1`.execute(t.database.db);
    expect(by.rows.reduce((s, r) => s + r.n, 0)).toBe(120);
    if (engine === 'postgres') expect(by.rows.map((r) => r.locked_by).sort()).toEqual(['A', 'B']); // both took part
  });
});
