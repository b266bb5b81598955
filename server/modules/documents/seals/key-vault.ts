// Private keys at rest: AES-256-GCM under the seal master key (SEAL_MASTER_KEY, or the key
// file in DATA_DIR for demos). Stored as version byte | 12-byte IV | 16-byte tag | ciphertext.
// The tag makes a wrong master key or a changed ciphertext fail loudly, never decrypt to junk.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 1;

export interface KeyVault {
  seal(plain: Buffer, context: string): Buffer;
  open(sealed: Buffer | Uint8Array, context: string): Buffer;
}

/** `context` (e.g. "seal-key" or "licence-key:<id>") is bound as associated data: a ciphertext moved to another row does not open. */
export function createKeyVault(masterKey: Buffer): KeyVault {
  if (masterKey.length !== 32) throw new Error('seal master key must be 32 bytes');
  return {
    seal(plain, context) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', masterKey, iv);
      c.setAAD(Buffer.from(context));
      const body = Buffer.concat([c.update(plain), c.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, c.getAuthTag(), body]);
    },
    open(sealed, context) {
      const b = Buffer.from(sealed);
      if (b[0] !== VERSION || b.length < 29) throw new Error('unknown key ciphertext format');
      const d = createDecipheriv('aes-256-gcm', masterKey, b.subarray(1, 13));
      d.setAAD(Buffer.from(context));
      d.setAuthTag(b.subarray(13, 29));
      return Buffer.concat([d.update(b.subarray(29)), d.final()]);
    },
  };
}

/** SEAL_MASTER_KEY: 32 bytes as 64 hex digits or base64 (43/44 characters). */
export function parseMasterKey(text: string): Buffer | null {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(t)) {
    const b = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return b.length === 32 ? b : null;
  }
  return null;
}
