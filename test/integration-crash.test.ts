// The outbox as an operator runs it, with real server processes and the platform stand-in over
// real HTTP: killed in the middle of delivering (the platform answering slowly), restarted on
// the same data, every message is delivered, none lost, and the repeat is ignored by the
// receiver through the idempotency key; two instances on one PostgreSQL deliver each once.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/connect.ts';
import type { DB } from '../server/db/types.ts';
import { startPlatformStandin, type PlatformStandin } from '../server/modules/integration/standins/platform.ts';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { genericForm } from './support/application-forms.ts';
import { provideRequiredMaterials } from './support/materials.ts';
import { createPostgresDatabase, engines } from './support/databases.ts';
import { killHard, startServer, stop, type RunningServer } from './support/server-process.ts';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Client {
  b: Browserless;
  csrf: string;
}
async function signIn(server: RunningServer, username: string): Promise<Client> {
  const base = `http://localhost:${server.port}`;
  const b = browserless(base);
  const r = await login(b, base, username);
  if (!r.ok) throw new Error(`login ${username} failed`);
  return { b, csrf: (await (await b.fetch('/api/me')).json()).csrfToken };
}
const post = async (c: Client, p: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await c.b.fetch(p, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': c.csrf, ...headers }, body: JSON.stringify(body) });
  const json = await res.json();
  if (res.status >= 300) throw new Error(`${p}: ${res.status} ${JSON.stringify(json)}`);
  return json;
};

async function itemCode(server: RunningServer): Promise<string> {
  const list = await (await fetch(`${server.url}/api/catalog/items?q=${encodeURIComponent('科技成果登记')}`)).json();
  return list.items[0].code;
}

/** Submits `n` cases as zhangsan and accepts the first `accept` as the item manager; returns the keys the platform must receive. */
async function makeCases(server: RunningServer, n: number, accept: number, tag: string) {
  const applicant = await signIn(server, 'zhangsan');
  const manager = await signIn(server, 'item-manager');
  const code = await itemCode(server);
  const keys: string[] = [];
  const cases: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = await post(applicant, '/api/cases', { itemCode: code, form: genericForm(`崩溃测试 ${i}`) }, { 'idempotency-key': `${tag}-${i}-key` });
    cases.push(c.caseNo);
    keys.push(`case:${c.id}:submitted`);
    if (i < accept) {
      await provideRequiredMaterials(applicant.b, applicant.csrf, c.id); // acceptance needs them
      await post(manager, `/api/cases/${c.id}/actions/accept`, { expectedVersion: 1 });
      keys.push(`case:${c.id}:v2`);
    }
  }
  return { keys, cases };
}

const env = (platform: PlatformStandin, db: Record<string, string>) => ({
  ...db, PLATFORM_URL: platform.url, OUTBOX_LEASE_SECONDS: '3', OUTBOX_POLL_MS: '100', OUTBOX_BACKOFF_BASE_SECONDS: '0.2', OUTBOX_BACKOFF_MAX_SECONDS: '1', LOG_LEVEL: 'error',
});

describe.each(engines)('outbox crash on %s', (engine) => {
  it('killed mid-delivery and restarted: every message delivered once to the platform, in order per case', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kzt-crash-'));
    cleanups.push(() => fs.rm(dataDir, { recursive: true, force: true }));
    const dbEnv: Record<string, string> = { DATA_DIR: dataDir };
    let pgUrl: string | undefined;
    if (engine === 'postgres') {
      const created = await createPostgresDatabase();
      cleanups.push(created.drop);
      pgUrl = created.url;
      dbEnv.DATABASE_URL = pgUrl;
    }
    const platform = await startPlatformStandin();
    cleanups.push(platform.close);
    platform.behaviour.delayMs = 1500; // answers slowly: the kill lands while requests wait

    let server = await startServer(env(platform, dbEnv), 240_000);
    cleanups.push(() => stop(server));
    const { keys } = await makeCases(server, 3, 2, `crash-${engine}`);
    await until('a delivery in flight', () => platform.inflight() > 0);
    await killHard(server);
    const beforeRestart = platform.received.length;

    platform.behaviour.delayMs = 0;
    server = await startServer(env(platform, dbEnv), 240_000);
    await until('every message on the platform', () => keys.every((k) => platform.received.some((r) => r.idempotencyKey === k)));
    await stop(server);

    expect(beforeRestart).toBeLessThan(keys.length); // the kill really interrupted the work
    expect(platform.received.map((r) => r.idempotencyKey).sort()).toEqual([...keys].sort()); // each once, none lost
    expect(platform.duplicates()).toBeGreaterThanOrEqual(1); // the interrupted one came again and was ignored
    const byCase = new Map<string, number[]>();
    for (const r of platform.received) byCase.set(r.caseNo, [...(byCase.get(r.caseNo) ?? []), r.seq]);
    for (const seqs of byCase.values()) expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

    const database = engine === 'postgres' ? await openDatabase({ kind: 'postgres', url: pgUrl! }) : await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      const rows = await database.db.selectFrom('outbox_message').select(['idempotency_key', 'delivered_at', 'dead_at']).where('topic', '=', 'platform.case').execute();
      expect(rows).toHaveLength(keys.length);
      expect(rows.every((r) => r.delivered_at !== null && r.dead_at === null)).toBe(true);
    } finally {
      await database.close();
    }
  }, 600_000);
});

describe.runIf(process.env.TEST_DATABASE_URL)('two instances on one PostgreSQL', () => {
  it('deliver each message once, both taking part', async () => {
    const created = await createPostgresDatabase();
    cleanups.push(created.drop);
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kzt-two-'));
    cleanups.push(() => fs.rm(dataDir, { recursive: true, force: true }));
    const platform = await startPlatformStandin();
    cleanups.push(platform.close);
    platform.behaviour.delayMs = 150;
    const dbEnv = { DATA_DIR: dataDir, DATABASE_URL: created.url, OUTBOX_BATCH: '1' };
    const a = await startServer({ ...env(platform, dbEnv), OUTBOX_LEASE_SECONDS: '60' }, 240_000);
    cleanups.push(() => stop(a));
    const b = await startServer({ ...env(platform, dbEnv), OUTBOX_LEASE_SECONDS: '60', SEED_DEMO: 'false' }, 240_000);
    cleanups.push(() => stop(b));
    const { keys } = await makeCases(a, 8, 4, 'two');
    await until('every message on the platform', () => keys.every((k) => platform.received.some((r) => r.idempotencyKey === k)));
    await new Promise((r) => setTimeout(r, 500));
    expect(platform.received).toHaveLength(keys.length);
    expect(platform.duplicates()).toBe(0);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: created.url }) }) });
    try {
      const by = await sql<{ locked_by: string }>`select distinct split_part(locked_by, '-', 1) as locked_by from outbox_message where delivered_at is not null`.execute(db);
      expect(by.rows.map((r) => r.locked_by).sort()).toEqual([String(a.proc.pid), String(b.proc.pid)].sort());
    } finally {
      await db.destroy();
    }
  }, 600_000);
});
