// The catalogue's rules: public reads and the administrator's use cases.
// Each write is one transaction that locks the item row, changes it, writes the audit
// record and bumps the catalogue revision together.
import type { Kysely } from 'kysely';
import { writeAudit, listAudit } from '../../lib/audit/audit-log.ts';
import { authorize } from '../identity/authorize.ts';
import { actorOf, type Principal } from '../identity/principal.ts';
import { catalogPolicy } from './policy.ts';
import { AppError } from '../../lib/errors.ts';
import type { DB, Queryable } from '../../db/types.ts';
import type { AdminItem, ListQuery } from './api-schema.ts';
import { diffContents, type ContentChange } from './diff.ts';
import { presentAdminItem, presentGuide, presentSummary, presentVersion } from './presenter.ts';
import { ItemVersions } from './item-versions.ts';
import { PublicCache } from './public-cache.ts';
import { computeReformFigures } from './reform-figures.ts';
import { CODE_LISTS, type ItemContent } from './schema.ts';
import * as store from './store.ts';
import type { ItemStatus } from './tables.ts';

export const AUDIT_SUBJECT = 'catalog_item';

/** Who an internal operation (demo import) is recorded as; people and programs come as principals. */
export interface Actor {
  id: string;
}

/** Checks the catalogue policy and gives the audit actor for the caller. */
function manager(p: Principal): Actor {
  authorize(catalogPolicy, p, 'catalog.manage');
  return actorOf(p);
}

export function createCatalogService(db: Kysely<DB>) {
  const cache = new PublicCache(db);
  const versions = new ItemVersions(db);

  async function inTx<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const result = await db.transaction().execute(fn);
    cache.invalidate();
    return result;
  }

  async function lockItem(tx: Queryable, code: string) {
    const item = await store.getItem(tx, code, { forUpdate: true });
    if (!item) throw new AppError('ITEM_NOT_FOUND');
    return item;
  }

  async function adminView(q: Queryable, code: string): Promise<AdminItem> {
    const item = await store.getItem(q, code);
    if (!item) throw new AppError('ITEM_NOT_FOUND');
    const [versions, draft, published, history] = await Promise.all([
      store.listVersions(q, code),
      item.draft_version ? store.getVersion(q, code, item.draft_version) : undefined,
      item.published_version ? store.getVersion(q, code, item.published_version) : undefined,
      listAudit(q, AUDIT_SUBJECT, code),
    ]);
    const name = (draft ?? published)?.name ?? versions[0]?.name ?? '';
    return presentAdminItem(item, name, versions, draft ?? null, published?.content ?? null, history);
  }

  const audit = (tx: Queryable, actor: Actor, code: string, action: string, data: Record<string, unknown>) =>
    writeAudit(tx, { actor: actor.id, action, subjectType: AUDIT_SUBJECT, subjectId: code, data });

  return {
    cache,

    // ---------- public ----------
    listPublished: (q: ListQuery) =>
      cache.get(`list:${JSON.stringify(q)}`, async () => {
        const { rows, total } = await store.listPublished(db, q);
        return { items: rows.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
      }),

    async guide(code: string) {
      const body = await cache.get(`guide:${code}`, async () => {
        const row = await store.getPublished(db, code);
        return row ? presentGuide(row) : null;
      });
      if (body.body === 'null') throw new AppError('ITEM_NOT_FOUND', '事项不存在或已停用');
      return body;
    },

    /** The published version of an item, for other modules (e.g. a new case records which version it followed). */
    /** The published version (its number read every time; its content from the versions kept in memory). */
    async publishedItem(code: string): Promise<{ version: number; content: ItemContent }> {
      const version = await store.publishedVersionOf(db, code);
      if (version === undefined) throw new AppError('ITEM_NOT_FOUND', '事项不存在或已停用');
      return versions.get(code, version);
    },

    /** A given version of an item (published or since replaced), e.g. the one a case follows. */
    itemVersion: (code: string, version: number) => versions.get(code, version),

    facets: () =>
      cache.get('facets', async () => {
        const rows = await store.facetRows(db);
        const count = (values: string[]) => {
          const m = new Map<string, number>();
          for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
          return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        };
        return {
          total: rows.length,
          types: count(rows.map((r) => r.type)).map(([code, n]) => ({ code, name: label(CODE_LISTS.itemType, code), count: n })),
          themes: count(rows.flatMap((r) => r.themes)).map(([name, n]) => ({ name, count: n })),
          audiences: count(rows.flatMap((r) => r.audiences)).map(([code, n]) => ({ code, name: label(CODE_LISTS.audience, code), count: n })),
        };
      }),

    reformFigures: () => cache.get('reform', async () => computeReformFigures(await store.reformRows(db))),

    // ---------- admin ----------
    async adminList(p: Principal, q: { q?: string; status?: ItemStatus; page: number; pageSize: number }) {
      manager(p);
      const { rows, total } = await store.listItems(db, q);
      return {
        items: rows.map((r) => ({
          code: r.code,
          name: r.name,
          status: r.status,
          publishedVersion: r.published_version,
          draftVersion: r.draft_version,
          updatedAt: r.updated_at.toISOString(),
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    async adminItem(p: Principal, code: string) {
      manager(p);
      return adminView(db, code);
    },

    async version(p: Principal, code: string, version: number) {
      manager(p);
      const v = await store.getVersion(db, code, version);
      if (!v) throw new AppError('VERSION_NOT_FOUND');
      return { ...presentVersion(v), content: v.content };
    },

    async diff(p: Principal, code: string, from: number, to: number): Promise<{ from: number; to: number; changes: ContentChange[] }> {
      manager(p);
      const [a, b] = await Promise.all([store.getVersion(db, code, from), store.getVersion(db, code, to)]);
      if (!a || !b) throw new AppError('VERSION_NOT_FOUND');
      return { from, to, changes: diffContents(a.content, b.content) };
    },

    createItem: (p: Principal, content: ItemContent) =>
      inTx(async (tx) => {
        const actor = manager(p);
        if (!(await store.insertItem(tx, content, actor.id))) throw new AppError('ITEM_EXISTS');
        await audit(tx, actor, content.code, 'item.created', { version: 1, name: content.name });
        await store.bumpRevision(tx);
        return adminView(tx, content.code);
      }),

    /**
     * Saves the item's draft. With no draft, starts a new draft version (baseVersion omitted).
     * With a draft, baseVersion must name it and baseRevision (when given) match its revision:
     * an editor working on a stale copy gets VERSION_CONFLICT instead of overwriting.
     */
    saveDraft: (p: Principal, code: string, content: ItemContent, baseVersion?: number, baseRevision?: number) =>
      inTx(async (tx) => {
        const actor = manager(p);
        if (content.code !== code) throw new AppError('CODE_MISMATCH');
        const item = await lockItem(tx, code);
        if (item.draft_version !== null) {
          if (baseVersion !== item.draft_version) throw new AppError('VERSION_CONFLICT');
          const draft = await store.getVersion(tx, code, item.draft_version);
          if (baseRevision !== undefined && baseRevision !== draft?.revision) throw new AppError('VERSION_CONFLICT');
          await store.updateDraft(tx, content, item.draft_version);
          await audit(tx, actor, code, 'draft.saved', { version: item.draft_version });
        } else {
          if (baseVersion !== undefined) throw new AppError('VERSION_CONFLICT');
          const version = item.latest_version + 1;
          await store.insertDraft(tx, content, version, actor.id);
          await audit(tx, actor, code, 'draft.created', { version, from: item.published_version });
        }
        await store.bumpRevision(tx);
        return adminView(tx, code);
      }),

    discardDraft: (p: Principal, code: string) =>
      inTx(async (tx) => {
        const actor = manager(p);
        const item = await lockItem(tx, code);
        if (item.draft_version === null) throw new AppError('DRAFT_NOT_FOUND');
        if (item.published_version === null) throw new AppError('DRAFT_IS_ONLY_VERSION');
        await store.deleteDraft(tx, code, item.draft_version);
        await audit(tx, actor, code, 'draft.discarded', { version: item.draft_version });
        await store.bumpRevision(tx);
        return adminView(tx, code);
      }),

    /** Publishes the draft. Publishing the version that is already current is a no-op (safe to retry). */
    publish: (p: Principal, code: string, version: number) =>
      inTx(async (tx) => {
        const actor = manager(p);
        const item = await lockItem(tx, code);
        if (item.published_version === version && item.status === 'published') return adminView(tx, code);
        if (item.draft_version !== version) {
          const exists = await store.getVersion(tx, code, version);
          throw new AppError(exists ? 'VERSION_NOT_DRAFT' : 'VERSION_NOT_FOUND');
        }
        await store.publishDraft(tx, code, version, actor.id);
        await audit(tx, actor, code, 'version.published', { version, previous: item.published_version });
        await store.bumpRevision(tx);
        return adminView(tx, code);
      }),

    /** Takes the item off the public catalogue; its versions stay on record. Retrying is a no-op. */
    retire: (p: Principal, code: string, reason: string) =>
      inTx(async (tx) => {
        const actor = manager(p);
        const item = await lockItem(tx, code);
        if (item.status !== 'retired') {
          await store.setStatus(tx, code, 'retired');
          await audit(tx, actor, code, 'item.retired', { reason, publishedVersion: item.published_version });
          await store.bumpRevision(tx);
        }
        return adminView(tx, code);
      }),

    /**
     * Creates and publishes every given item that does not exist yet, all in one transaction
     * (demo data). Items already present are left alone, so running it again changes nothing.
     */
    importPublished: (actor: Actor, contents: ItemContent[]) =>
      inTx(async (tx) => {
        let created = 0;
        for (const content of contents) {
          if (!(await store.insertItem(tx, content, actor.id))) continue;
          await store.publishDraft(tx, content.code, 1, actor.id);
          await audit(tx, actor, content.code, 'item.imported', { version: 1, name: content.name });
          created++;
        }
        if (created) await store.bumpRevision(tx);
        return created;
      }),
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;

function label(list: Record<string, string>, code: string): string {
  return list[code] ?? code;
}
