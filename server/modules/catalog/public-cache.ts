// Serialized public answers (guides, lists, facets), kept until the catalogue changes.
// Every write bumps catalog_revision in its transaction. This instance drops its cache at
// once after its own writes; other instances on the same PostgreSQL notice the new
// revision within REVISION_TTL_MS, because the revision is re-read at most that often.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { Queryable } from '../../db/types.ts';
import { readRevision } from './store.ts';

const REVISION_TTL_MS = 1000;
const MAX_ENTRIES = 5000;

export interface CachedBody {
  body: string;
  etag: string;
  /** Compressed copies, made once per cached answer; absent for small bodies. */
  br?: Buffer;
  gzip?: Buffer;
}

// Below this size compression saves less than the header costs.
const COMPRESS_MIN_BYTES = 1024;

function withCompressed(entry: CachedBody): CachedBody {
  if (Buffer.byteLength(entry.body) < COMPRESS_MIN_BYTES) return entry;
  return {
    ...entry,
    br: brotliCompressSync(entry.body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: gzipSync(entry.body, { level: 9 }),
  };
}

export class PublicCache {
  private entries = new Map<string, CachedBody>();
  private revision = -1;
  private checkedAt = 0;
  private refreshing: Promise<void> | null = null;
  /** Bumped whenever entries are dropped, so an answer computed before a drop is not kept. */
  private generation = 0;

  constructor(private readonly db: Queryable) {}

  /** Forget everything now (after this instance changed the catalogue). */
  invalidate(): void {
    this.entries.clear();
    this.generation++;
    this.checkedAt = 0;
  }

  async get(key: string, compute: () => Promise<unknown>): Promise<CachedBody> {
    await this.checkRevision();
    const hit = this.entries.get(key);
    if (hit) return hit;
    const generation = this.generation;
    const body = JSON.stringify(await compute());
    const entry = withCompressed({ body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` });
    if (generation !== this.generation) return entry;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, entry);
    return entry;
  }

  private async checkRevision(): Promise<void> {
    if (Date.now() - this.checkedAt < REVISION_TTL_MS) return;
    this.refreshing ??= (async () => {
      try {
        const rev = await readRevision(this.db);
        if (rev !== this.revision) {
          this.entries.clear();
          this.generation++;
          this.revision = rev;
        }
        this.checkedAt = Date.now();
      } finally {
        this.refreshing = null;
      }
    })();
    await this.refreshing;
  }
}
