// Item versions as cases read them. A version, once published, is never edited again (a
// change makes a new version), so it is kept in memory after the first read and shared —
// frozen, so no caller can change what the others see. Drafts are read fresh every time.
// Submissions, case pages and documents read the same few versions again and again; this
// saves decoding several KB of guide JSON per request.
import { AppError } from '../../lib/errors.ts';
import type { Queryable } from '../../db/types.ts';
import type { ItemContent } from './schema.ts';
import * as store from './store.ts';

export interface ItemVersion {
  version: number;
  content: ItemContent;
}

/** Enough for every version of a department's catalogue; beyond it the cache starts over. */
const MAX_VERSIONS = 2000;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export class ItemVersions {
  private readonly kept = new Map<string, ItemVersion>();

  constructor(private readonly db: Queryable) {}

  async get(code: string, version: number): Promise<ItemVersion> {
    const key = `${code}@${version}`;
    const hit = this.kept.get(key);
    if (hit) return hit;
    const row = await store.getVersion(this.db, code, version);
    if (!row) throw new AppError('VERSION_NOT_FOUND');
    const found: ItemVersion = { version: row.version, content: row.content };
    if (row.state === 'draft') return found;
    if (this.kept.size >= MAX_VERSIONS) this.kept.clear();
    this.kept.set(key, deepFreeze(found));
    return found;
  }
}
