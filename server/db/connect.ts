// Opens the configured database engine behind one Kysely handle.
// 'pglite' = embedded Postgres (WASM) in DATA_DIR; 'postgres' = a PostgreSQL server.
import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { redactUrl, type Database as DatabaseConfig } from '../config.ts';
import { StartupError } from '../lib/errors.ts';
import { PGlitePool } from './pglite-pool.ts';
import type { DB } from './types.ts';

export interface Database {
  kind: DatabaseConfig['kind'];
  db: Kysely<DB>;
  close(): Promise<void>;
}

// Dates (type 1082) stay 'YYYY-MM-DD' strings on both engines: no time-zone shifts.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (v: string) => v);
// bigint counts (int8) as JS numbers; our counts never approach 2^53.
pg.types.setTypeParser(20, (v: string) => Number(v));

export async function openDatabase(config: DatabaseConfig | { kind: 'pglite-memory' }): Promise<Database> {
  switch (config.kind) {
    case 'pglite':
      await ensureWritableDir(config.dataDir);
      return openPglite(config.dataDir);
    case 'pglite-memory':
      return openPglite(undefined);
    case 'postgres':
      return openPostgres(config.url);
    default: {
      const never: never = config;
      throw new Error(`unknown database kind ${JSON.stringify(never)}`);
    }
  }
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  let pgl: PGlite;
  try {
    pgl = await PGlite.create(dataDir, {
      parsers: { [DATE_OID]: (v: string) => v, 20: (v: string) => Number(v) },
    });
  } catch (err) {
    throw new StartupError('DB_OPEN_FAILED', `无法打开嵌入式数据库 ${dataDir ?? '(内存)'}：${(err as Error).message}`);
  }
  const pool = new PGlitePool(pgl);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as never }) });
  return { kind: 'pglite', db, close: () => db.destroy() };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // A dropped idle connection must not crash the process.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => undefined);
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new StartupError('DB_UNREACHABLE', `无法连接数据库 ${redactUrl(url)}（${reason}）`);
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { kind: 'postgres', db, close: () => db.destroy() };
}

async function ensureWritableDir(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    await fs.writeFile(probe, 'ok');
    await fs.rm(probe);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new StartupError('DATA_DIR_NOT_WRITABLE', `数据目录不可写：${dir}（${reason}），请设置 DATA_DIR 为可写目录`);
  }
}
