// Every data-layer test runs on embedded PGlite, and also on PostgreSQL when
// TEST_DATABASE_URL is set (CI sets it). Each call gets a fresh, migrated database.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../server/db/connect.ts';
import { migrate } from '../../server/db/migrate.ts';

export type EngineName = 'pglite' | 'postgres';

export const engines: EngineName[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  database: Database;
  /** For PostgreSQL, the URL of the fresh database (a server process can be pointed at it). */
  url?: string;
  drop(): Promise<void>;
}

/** Creates an empty PostgreSQL database next to TEST_DATABASE_URL and returns its URL. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `kzt_t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function freshDatabase(engine: EngineName, opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const database = await openDatabase({ kind: 'pglite-memory' });
    if (opts.migrate !== false) await migrate(database.db);
    return { database, drop: () => database.close() };
  }
  const { url, drop } = await createPostgresDatabase();
  const database = await openDatabase({ kind: 'postgres', url });
  if (opts.migrate !== false) await migrate(database.db);
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      await drop();
    },
  };
}
