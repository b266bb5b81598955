// The platform as an operator runs it: start-up failures are one clear line with a non-zero
// exit; acknowledged writes survive SIGKILL; a second start on the same data changes nothing.
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../server/db/migrate.ts';
import { buildItem } from './support/factories.ts';
import { createPostgresDatabase, engines } from './support/databases.ts';
import { killHard, runToExit, startServer, stop, type RunningServer } from './support/server-process.ts';

const TOKEN = 'process-test-token';
const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const tmpDirs: string[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups) await c().catch(() => undefined);
  for (const d of tmpDirs) await fs.rm(d, { recursive: true, force: true });
});

async function tmpDir(): Promise<string> {
  const d = await fs.mkdtemp(path.join(os.tmpdir(), 'kzt-proc-'));
  tmpDirs.push(d);
  return d;
}

describe('start-up failures', () => {
  it('a malformed DATABASE_URL stops the start with one line', async () => {
    const r = await runToExit({ DATABASE_URL: 'mysql://nope', DATA_DIR: await tmpDir() });
    expect(r.code).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^启动失败 \[CONFIG_INVALID\]：配置项 DATABASE_URL 无效/);
  });

  it('an unreachable PostgreSQL stops the start with one line, password hidden', async () => {
    const r = await runToExit({ DATABASE_URL: 'postgres://kzt:secret@127.0.0.1:1/kzt', DATA_DIR: await tmpDir() });
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^启动失败 \[DB_UNREACHABLE\]：无法连接数据库 postgres:\/\/kzt:\*\*\*@127\.0\.0\.1:1\/kzt（ECONNREFUSED）/);
    expect(r.stderr).not.toContain('secret');
  });

  it('a data directory that cannot be written stops the start with one line', async () => {
    const file = path.join(await tmpDir(), 'a-file');
    await fs.writeFile(file, 'x');
    const r = await runToExit({ DATA_DIR: path.join(file, 'data') });
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^启动失败 \[DATA_DIR_NOT_WRITABLE\]：数据目录不可写/);
  });

  it('a port in use stops the start with one line', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const r = await runToExit({ PORT: String(port), DATA_DIR: await tmpDir(), SEED_DEMO: 'false' });
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`启动失败 [PORT_IN_USE]：端口 ${port} 已被占用`);
    } finally {
      blocker.close();
    }
  });
});

describe.each(engines)('durability on %s', (engine) => {
  async function envFor(): Promise<Record<string, string>> {
    const base = { ADMIN_TOKEN: TOKEN, DATA_DIR: await tmpDir() };
    if (engine === 'pglite') return base;
    const pg = await createPostgresDatabase();
    cleanups.push(pg.drop);
    return { ...base, DATABASE_URL: pg.url };
  }

  it('finds every acknowledged write after SIGKILL, and a second start is a no-op', { timeout: 120_000 }, async () => {
    const env = await envFor();
    let server: RunningServer = await startServer(env);
    try {
      const versions = (await readMigrations()).map((m) => m.version);
      expect(server.output()).toContain(`迁移版本 ${versions.length}，本次执行 ${versions.join(',')}`);
      expect(server.output()).toMatch(/导入演示事项 \d+ 项/);
      expect(server.output()).toContain('导入工作日历 2004–2026 年');
      // A burst of writes; each counts only once the server acknowledged it.
      const items = Array.from({ length: 40 }, (_, i) => buildItem({ name: `断电测试事项${i}` }));
      const acked = await Promise.all(
        items.map(async (item) => {
          const res = await fetch(`${server.url}/api/admin/catalog/items`, { method: 'POST', headers: auth, body: JSON.stringify({ content: item }) });
          return res.status === 201 ? item.code : null;
        }),
      );
      const pid = server.proc.pid!;
      await killHard(server);
      // The server itself is gone, not just a wrapper around it.
      expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
      const codes = acked.filter((c): c is string => c !== null);
      expect(codes).toHaveLength(40);

      server = await startServer(env);
      expect(server.output()).not.toContain('本次执行');
      expect(server.output()).not.toContain('导入演示事项');
      expect(server.output()).not.toContain('导入工作日历');
      for (const code of codes) {
        const res = await fetch(`${server.url}/api/admin/catalog/items/${code}`, { headers: auth });
        expect(res.status, code).toBe(200);
      }
      const health = await (await fetch(`${server.url}/api/health`)).json();
      expect(health).toEqual({ status: 'ok', database: engine, migration: versions.length });
    } finally {
      await stop(server);
    }
  });
});
