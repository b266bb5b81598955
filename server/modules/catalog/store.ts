// The catalogue's SQL: the only file of the module that touches its tables.
import { sql } from 'kysely';
import type { Queryable } from '../../db/types.ts';
import type { ListQuery } from './api-schema.ts';
import type { ItemContent } from './schema.ts';
import type { CatalogTables, ItemStatus } from './tables.ts';

type VersionRow = CatalogTables['catalog_item_version'];
export type ItemRow = Omit<CatalogTables['catalog_item'], 'created_at' | 'updated_at'> & { created_at: Date; updated_at: Date };

/** The words a keyword search looks through, lower-cased once at write time. */
function searchText(c: ItemContent): string {
  return [
    c.name,
    c.shortDescription ?? '',
    c.office,
    c.code,
    c.basicCode,
    ...c.themes,
    ...c.conditions,
    ...c.materials.map((m) => m.name),
    ...c.legalBasis.map((l) => l.title),
    c.result.name,
  ]
    .join('\n')
    .toLowerCase();
}

function versionColumns(c: ItemContent) {
  return {
    content: JSON.stringify(c),
    name: c.name,
    type: c.type,
    office: c.office,
    visits: c.visits,
    online_depth: c.onlineDepth,
    promised_days: c.promisedDays,
    statutory_days: c.statutoryDays,
    high_frequency: c.highFrequency,
    themes: c.themes,
    audiences: c.audiences,
    materials_count: c.materials.length,
    search_text: searchText(c),
  };
}

// ---------- public reads (published versions of items not retired) ----------

function publishedVersions(db: Queryable) {
  return db
    .selectFrom('catalog_item_version as v')
    .innerJoin('catalog_item as i', (j) => j.onRef('i.code', '=', 'v.code').onRef('i.published_version', '=', 'v.version'))
    .where('i.status', '=', 'published');
}

export async function listPublished(db: Queryable, q: ListQuery) {
  let query = publishedVersions(db);
  const tokens = (q.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  for (const t of tokens) query = query.where(sql<boolean>`position(${t} in v.search_text) > 0`);
  if (q.type) query = query.where('v.type', '=', q.type);
  if (q.theme) query = query.where(sql<boolean>`v.themes @> array[${q.theme}]::text[]`);
  if (q.audience) query = query.where(sql<boolean>`v.audiences @> array[${q.audience}]::text[]`);
  if (q.visits !== undefined) query = query.where('v.visits', '=', q.visits);
  if (q.onlineDepth) query = query.where('v.online_depth', '=', q.onlineDepth);
  if (q.highFrequency) query = query.where('v.high_frequency', '=', q.highFrequency === 'true');

  const totalRow = await query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  // Name matches first when searching, then high-frequency items, then by code for a stable order.
  const first = tokens[0];
  let ordered = query.select([
    'v.code', 'v.version', 'v.name', 'v.type', 'v.office', 'v.visits', 'v.online_depth', 'v.promised_days',
    'v.statutory_days', 'v.high_frequency', 'v.themes', 'v.audiences', 'v.materials_count',
  ]);
  if (first) ordered = ordered.orderBy(sql`position(${first} in lower(v.name)) > 0`, 'desc');
  const rows = await ordered
    .orderBy('v.high_frequency', 'desc')
    .orderBy('v.code')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: totalRow.total };
}

export async function getPublished(db: Queryable, code: string) {
  return publishedVersions(db)
    .select(['v.code', 'v.version', 'v.content', 'v.published_at'])
    .where('v.code', '=', code)
    .executeTakeFirst();
}

/** The published version number of an item (no content): cheap, always current. */
export async function publishedVersionOf(db: Queryable, code: string): Promise<number | undefined> {
  const row = await publishedVersions(db).select('v.version').where('v.code', '=', code).executeTakeFirst();
  return row?.version;
}

export async function facetRows(db: Queryable) {
  return publishedVersions(db).select(['v.type', 'v.themes', 'v.audiences']).execute();
}

export async function reformRows(db: Queryable) {
  return publishedVersions(db)
    .select(['v.code', 'v.name', 'v.visits', 'v.online_depth', 'v.promised_days', 'v.statutory_days', 'v.content'])
    .orderBy('v.code')
    .execute();
}

export async function readRevision(db: Queryable): Promise<number> {
  const row = await db.selectFrom('catalog_revision').select('revision').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.revision);
}

export async function bumpRevision(tx: Queryable): Promise<void> {
  await tx.updateTable('catalog_revision').set({ revision: sql`revision + 1` }).where('id', '=', 1).execute();
}

// ---------- admin reads ----------

export async function listItems(db: Queryable, q: { q?: string; status?: ItemStatus; page: number; pageSize: number }) {
  let query = db
    .selectFrom('catalog_item as i')
    .innerJoin('catalog_item_version as v', (j) => j.onRef('v.code', '=', 'i.code').onRef('v.version', '=', 'i.latest_version'));
  if (q.status) query = query.where('i.status', '=', q.status);
  for (const t of (q.q ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
    query = query.where(sql<boolean>`position(${t} in v.search_text) > 0`);
  }
  const totalRow = await query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .select(['i.code', 'v.name', 'i.status', 'i.published_version', 'i.draft_version', 'i.updated_at'])
    .orderBy('i.code')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: totalRow.total };
}

export async function getItem(db: Queryable, code: string, opts: { forUpdate?: boolean } = {}): Promise<ItemRow | undefined> {
  let query = db.selectFrom('catalog_item').selectAll().where('code', '=', code);
  if (opts.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function listVersions(db: Queryable, code: string) {
  return db
    .selectFrom('catalog_item_version')
    .select(['version', 'state', 'name', 'created_at', 'created_by', 'published_at', 'published_by'])
    .where('code', '=', code)
    .orderBy('version', 'desc')
    .execute();
}

export async function getVersion(db: Queryable, code: string, version: number) {
  return db
    .selectFrom('catalog_item_version')
    .select(['version', 'state', 'revision', 'name', 'content', 'created_at', 'created_by', 'published_at', 'published_by'])
    .where('code', '=', code)
    .where('version', '=', version)
    .executeTakeFirst();
}

// ---------- writes (always inside the caller's transaction) ----------

/** Inserts a new item with its first draft; false when the code is taken. */
export async function insertItem(tx: Queryable, content: ItemContent, actor: string): Promise<boolean> {
  const inserted = await tx
    .insertInto('catalog_item')
    .values({ code: content.code, status: 'draft', published_version: null, draft_version: 1, latest_version: 1 })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('code')
    .executeTakeFirst();
  if (!inserted) return false;
  await tx
    .insertInto('catalog_item_version')
    .values({ code: content.code, version: 1, state: 'draft', created_by: actor, published_at: null, published_by: null, ...versionColumns(content) })
    .execute();
  return true;
}

export async function insertDraft(tx: Queryable, content: ItemContent, version: number, actor: string): Promise<void> {
  await tx
    .insertInto('catalog_item_version')
    .values({ code: content.code, version, state: 'draft', created_by: actor, published_at: null, published_by: null, ...versionColumns(content) })
    .execute();
  await tx
    .updateTable('catalog_item')
    .set({ draft_version: version, latest_version: version, updated_at: sql`now()` })
    .where('code', '=', content.code)
    .execute();
}

export async function updateDraft(tx: Queryable, content: ItemContent, version: number): Promise<void> {
  await tx
    .updateTable('catalog_item_version')
    .set({ ...versionColumns(content), revision: sql`revision + 1` })
    .where('code', '=', content.code)
    .where('version', '=', version)
    .where('state', '=', 'draft')
    .execute();
  await tx.updateTable('catalog_item').set({ updated_at: sql`now()` }).where('code', '=', content.code).execute();
}

export async function deleteDraft(tx: Queryable, code: string, version: number): Promise<void> {
  await tx.deleteFrom('catalog_item_version').where('code', '=', code).where('version', '=', version).where('state', '=', 'draft').execute();
  await tx.updateTable('catalog_item').set({ draft_version: null, updated_at: sql`now()` }).where('code', '=', code).execute();
}

export async function publishDraft(tx: Queryable, code: string, version: number, actor: string): Promise<void> {
  await tx.updateTable('catalog_item_version').set({ state: 'superseded' }).where('code', '=', code).where('state', '=', 'published').execute();
  await tx
    .updateTable('catalog_item_version')
    .set({ state: 'published', published_at: sql`now()`, published_by: actor })
    .where('code', '=', code)
    .where('version', '=', version)
    .execute();
  await tx
    .updateTable('catalog_item')
    .set({ status: 'published', published_version: version, draft_version: null, updated_at: sql`now()` })
    .where('code', '=', code)
    .execute();
}

export async function setStatus(tx: Queryable, code: string, status: ItemStatus): Promise<void> {
  await tx.updateTable('catalog_item').set({ status, updated_at: sql`now()` }).where('code', '=', code).execute();
}
