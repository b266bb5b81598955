import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { currentMigrationVersion, migrate, readMigrations } from './migrate.ts';
import { engines, freshDatabase, type TestDatabase } from '../../test/support/databases.ts';

describe.each(engines)('migrations on %s', (engine) => {
  let t: TestDatabase;
  afterEach(async () => t?.drop());

  it('applies every migration once; a second run is a no-op', async () => {
    t = await freshDatabase(engine, { migrate: false });
    const all = await readMigrations();
    const first = await migrate(t.database.db);
    expect(first.applied).toEqual(all.map((m) => m.version));
    expect(await currentMigrationVersion(t.database.db)).toBe(all.length);
    const second = await migrate(t.database.db);
    expect(second.applied).toEqual([]);
    expect(second.version).toBe(all.length);
  });

  it('refuses to start when an applied migration file was changed', async () => {
    t = await freshDatabase(engine, { migrate: false });
    const all = await readMigrations();
    await migrate(t.database.db, all);
    const edited = all.map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
    await expect(migrate(t.database.db, edited)).rejects.toMatchObject({ code: 'MIGRATION_CHANGED' });
  });

  it('rolls back a failing migration with its bookkeeping', async () => {
    t = await freshDatabase(engine, { migrate: false });
    const all = await readMigrations();
    const broken = [...all, { version: all.length + 1, name: 'broken', sql: 'create table t_ok (id int); select * from no_such_table;', checksum: 'x' }];
    await expect(migrate(t.database.db, broken)).rejects.toThrow();
    expect(await currentMigrationVersion(t.database.db)).toBe(all.length);
    const exists = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_name = 't_ok'`.execute(t.database.db);
    expect(exists.rows[0]!.n).toBe(0);
  });

  it('keeps the audit log append-only', async () => {
    t = await freshDatabase(engine);
    await sql`insert into audit_event (actor, action, subject_type, subject_id) values ('a', 'x', 's', '1')`.execute(t.database.db);
    await expect(sql`update audit_event set actor = 'b'`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_event`.execute(t.database.db)).rejects.toThrow(/append-only/);
  });
});
