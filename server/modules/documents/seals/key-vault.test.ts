import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyVault, parseMasterKey } from './key-vault.ts';

describe('key vault', () => {
  it('opens what it sealed, and nothing under another master key, context or changed byte', () => {
    const key = randomBytes(32);
    const vault = createKeyVault(key);
    const sealed = vault.seal(Buffer.from('private key'), 'seal-key:abc');
    expect(vault.open(sealed, 'seal-key:abc').toString()).toBe('private key');
    expect(() => createKeyVault(randomBytes(32)).open(sealed, 'seal-key:abc')).toThrow();
    expect(() => vault.open(sealed, 'seal-key:other')).toThrow();
    const changed = Buffer.from(sealed);
    changed[changed.length - 1]! ^= 1;
    expect(() => vault.open(changed, 'seal-key:abc')).toThrow();
  });

  it('reads SEAL_MASTER_KEY as 64 hex digits or base64 of 32 bytes, nothing else', () => {
    const key = randomBytes(32);
    expect(parseMasterKey(key.toString('hex'))).toEqual(key);
    expect(parseMasterKey(key.toString('base64'))).toEqual(key);
    expect(parseMasterKey(key.toString('base64url'))).toEqual(key);
    expect(parseMasterKey('too-short')).toBeNull();
    expect(parseMasterKey(randomBytes(16).toString('hex'))).toBeNull();
  });
});
