// Versioned SQL migrations from server/db/migrations/NNNN_name.sql, applied in order at start.
// Each runs in its own transaction with its bookkeeping row; an advisory lock lets several
// instances start at once on one PostgreSQL. An applied file that was later edited stops the start.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { StartupError } from '../lib/errors.ts';
import type { DB } from './types.ts';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 724_019_001; // arbitrary, fixed: "kzt migrations"

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await fs.readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file, i) => {
      const version = Number(file.slice(0, 4));
      if (version !== i + 1) throw new Error(`migration numbering gap at ${file}`);
      const text = await fs.readFile(path.join(dir, file), 'utf8');
      return { version, name: file.slice(5, -4), sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    }),
  );
}

export interface MigrateResult {
  applied: number[];
  version: number;
}

export async function migrate(db: Kysely<DB>, migrations?: Migration[]): Promise<MigrateResult> {
  const all = migrations ?? (await readMigrations());
  await sql`create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`.execute(db);

  const applied: number[] = [];
  for (const m of all) {
    const done = await db.transaction().execute(async (tx) => {
      await sql`select pg_advisory_xact_lock(${LOCK_KEY})`.execute(tx);
      const row = await tx.selectFrom('schema_migrations').selectAll().where('version', '=', m.version).executeTakeFirst();
      if (row) {
        if (row.checksum !== m.checksum) {
          throw new StartupError(
            'MIGRATION_CHANGED',
            `迁移 ${m.version}_${m.name} 已执行但文件内容已改变；已发布的迁移不可修改，请新增迁移`,
          );
        }
        return false;
      }
      await sql.raw(m.sql).execute(tx);
      await tx.insertInto('schema_migrations').values({ version: m.version, name: m.name, checksum: m.checksum }).execute();
      return true;
    });
    if (done) applied.push(m.version);
  }
  return { applied, version: all.at(-1)?.version ?? 0 };
}

export async function currentMigrationVersion(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('schema_migrations').select(sql<number>`coalesce(max(version), 0)::int`.as('v')).executeTakeFirst();
  return row?.v ?? 0;
}
