import { describe, expect, it } from 'vitest';
import { loadConfig, redactUrl } from './config.ts';

describe('configuration', () => {
  it('defaults to PGlite in ./data on port 3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database).toEqual({ kind: 'pglite', dataDir: expect.stringMatching(/\/data\/pglite$/) });
    expect(c.seedDemo).toBe(true);
    expect(c.filesDir).toMatch(/\/data\/files$/); // files stay on disk under DATA_DIR, with PostgreSQL too
    expect(c.maxUploadBytes).toBe(20 * 1024 * 1024);
    expect(loadConfig({ MAX_UPLOAD_MB: '5', DATABASE_URL: 'postgres://u@db:5432/kzt' })).toMatchObject({ maxUploadBytes: 5 * 1024 * 1024, filesDir: expect.stringMatching(/\/data\/files$/) });
  });

  it('switches to PostgreSQL with DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/kzt' }).database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/kzt' });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN'],
    [{ SEED_DEMO: 'yes' }, 'SEED_DEMO'],
    [{ MAX_UPLOAD_MB: '0' }, 'MAX_UPLOAD_MB'],
    [{ MAX_UPLOAD_MB: 'lots' }, 'MAX_UPLOAD_MB'],
  ])('refuses %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrowError(new RegExp(`配置项 ${name} 无效`));
  });

  it('hides passwords in database URLs', () => {
    expect(redactUrl('postgres://kzt:secret@h:5432/db')).toBe('postgres://kzt:***@h:5432/db');
  });
});
