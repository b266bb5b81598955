// A wrong seal master key is noticed at start (the check value does not open), not at the first seal.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../../test/support/databases.ts';
import { loadConfig } from '../../../config.ts';
import { createKeyVault } from './key-vault.ts';
import { createSealService } from './service.ts';

describe('seal master key at start', () => {
  let t: TestDatabase;
  afterAll(async () => t?.drop());

  it('records a check value once, accepts the same key and refuses another', async () => {
    t = await freshDatabase('pglite');
    const key = randomBytes(32);
    expect(await createSealService(t.database.db, { vault: createKeyVault(key) }).checkMasterKey()).toBe('recorded');
    expect(await createSealService(t.database.db, { vault: createKeyVault(key) }).checkMasterKey()).toBe('ok');
    await expect(createSealService(t.database.db, { vault: createKeyVault(randomBytes(32)) }).checkMasterKey()).rejects.toThrow(/does not open/);
  });

  it('rejects a malformed SEAL_MASTER_KEY in the configuration with one clear line', () => {
    expect(() => loadConfig({ SEAL_MASTER_KEY: 'secret' })).toThrow(/SEAL_MASTER_KEY/);
    expect(loadConfig({ SEAL_MASTER_KEY: 'ab'.repeat(32) }).sealMasterKey).toEqual(Buffer.from('ab'.repeat(32), 'hex'));
  });
});
