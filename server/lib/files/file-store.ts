// A content-addressed file store on local disk: a file's name is the SHA-256 of its bytes,
// under DIR/<aa>/<bb>/<sha256>. Writes go to DIR/tmp first (fsynced), then are renamed into
// place, so a file is either absent or complete, and the same content is stored once.
// It is just files: it survives restarts. Several instances need a shared directory (or,
// later, an object store behind the same interface).
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

const SHA256 = /^[0-9a-f]{64}$/;
/** How many leading bytes are kept for content sniffing. */
const HEAD_BYTES = 64;

/** A file written to the temporary area, not yet in the store. */
export interface StagedFile {
  sha256: string;
  size: number;
  /** The first bytes (for checking what the content really is). */
  head: Buffer;
  /** Moves it into the store (a no-op when the same content is there already). */
  commit(): Promise<void>;
  /** Throws it away. */
  discard(): Promise<void>;
}

export interface FileStore {
  readonly dir: string;
  /** Writes a stream to the temporary area, hashing it on the way. */
  stage(source: Readable | AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>): Promise<StagedFile>;
  /** Stores bytes; returns their SHA-256. Idempotent. */
  put(bytes: Buffer | Uint8Array): Promise<string>;
  /** Size in bytes, or null when the store does not have it. */
  size(sha256: string): Promise<number | null>;
  /** A stream of the file (throws ENOENT when absent). */
  open(sha256: string): Readable;
  get(sha256: string): Promise<Buffer>;
}

export function createFileStore(dir: string): FileStore {
  const root = path.resolve(dir);
  const tmp = path.join(root, 'tmp');
  const pathOf = (sha256: string) => {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };

  async function fsyncDir(d: string) {
    // Makes the rename itself durable; not every platform lets a directory be opened.
    try {
      const h = await fsp.open(d, 'r');
      try {
        await h.sync();
      } finally {
        await h.close();
      }
    } catch {
      /* best effort */
    }
  }

  async function stage(source: Readable | AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>): Promise<StagedFile> {
    await fsp.mkdir(tmp, { recursive: true });
    const tmpPath = path.join(tmp, `${Date.now().toString(36)}-${randomBytes(8).toString('hex')}`);
    const handle = await fsp.open(tmpPath, 'wx', 0o640);
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    try {
      for await (const chunk of source) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        hash.update(buf);
        if (headLength < HEAD_BYTES) {
          head.push(buf.subarray(0, HEAD_BYTES - headLength));
          headLength += Math.min(buf.length, HEAD_BYTES - headLength);
        }
        size += buf.length;
        let written = 0;
        while (written < buf.length) written += (await handle.write(buf, written)).bytesWritten;
      }
      await handle.sync();
    } catch (err) {
      await handle.close().catch(() => undefined);
      await fsp.rm(tmpPath, { force: true });
      throw err;
    }
    await handle.close();
    const sha256 = hash.digest('hex');
    let settled = false;
    return {
      sha256,
      size,
      head: Buffer.concat(head),
      async commit() {
        if (settled) return;
        settled = true;
        const final = pathOf(sha256);
        if (fs.existsSync(final)) {
          await fsp.rm(tmpPath, { force: true });
          return;
        }
        await fsp.mkdir(path.dirname(final), { recursive: true });
        await fsp.rename(tmpPath, final); // atomic on one filesystem; the same content twice is harmless
        await fsyncDir(path.dirname(final));
      },
      async discard() {
        if (settled) return;
        settled = true;
        await fsp.rm(tmpPath, { force: true });
      },
    };
  }

  return {
    dir: root,
    stage,
    async put(bytes) {
      const staged = await stage([Buffer.from(bytes)]);
      await staged.commit();
      return staged.sha256;
    },
    async size(sha256) {
      try {
        return (await fsp.stat(pathOf(sha256))).size;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    open: (sha256) => fs.createReadStream(pathOf(sha256)),
    get: (sha256) => fsp.readFile(pathOf(sha256)),
  };
}

/** What a file really is, from its first bytes (never from its name or the browser's claim). */
export type DetectedType = { mime: 'application/pdf' | 'image/png' | 'image/jpeg'; label: 'PDF' | 'PNG' | 'JPG' };

const SIGNATURES: Array<DetectedType & { magic: Buffer }> = [
  { mime: 'application/pdf', label: 'PDF', magic: Buffer.from('%PDF-', 'latin1') },
  { mime: 'image/png', label: 'PNG', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mime: 'image/jpeg', label: 'JPG', magic: Buffer.from([0xff, 0xd8, 0xff]) },
];

export function detectType(head: Buffer): DetectedType | null {
  const hit = SIGNATURES.find((s) => head.length >= s.magic.length && head.subarray(0, s.magic.length).equals(s.magic));
  return hit ? { mime: hit.mime, label: hit.label } : null;
}

/** The content types a catalogue format name (PDF, JPG, JPEG, PNG) stands for; unknown names none. */
export function mimeOfFormat(format: string): DetectedType['mime'] | null {
  switch (format.trim().toUpperCase()) {
    case 'PDF':
      return 'application/pdf';
    case 'JPG':
    case 'JPEG':
      return 'image/jpeg';
    case 'PNG':
      return 'image/png';
    default:
      return null;
  }
}
