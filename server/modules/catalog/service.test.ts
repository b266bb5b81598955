// The catalogue's rules on a real database: versions, immutability, conflicts, audit, cache.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshDatabase, type TestDatabase } from '../../../test/support/databases.ts';
import { buildItem } from '../../../test/support/factories.ts';
import { citizenPrincipal, staffPrincipal } from '../../../test/support/principals.ts';
import { createCatalogService, type CatalogService } from './service.ts';

const actor = staffPrincipal(['item_manager']);
const listAll = { page: 1, pageSize: 100 };

describe.each(engines)('catalogue service on %s', (engine) => {
  let t: TestDatabase;
  let catalog: CatalogService;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    catalog = createCatalogService(t.database.db);
  });
  afterAll(async () => t.drop());

  const guide = async (code: string) => JSON.parse((await catalog.guide(code)).body);

  it('lets only catalogue managers administer items, checked in the service itself', async () => {
    const item = buildItem();
    await expect(catalog.createItem({ kind: 'anonymous' }, item)).rejects.toMatchObject({ code: 'NOT_AUTHENTICATED' });
    await expect(catalog.createItem(citizenPrincipal(), item)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(catalog.createItem(staffPrincipal(['expert', 'window_clerk']), item)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(catalog.adminList(staffPrincipal(['supervisor']), listAll)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(catalog.adminItem(citizenPrincipal(), item.code)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(catalog.createItem({ kind: 'program', clientId: 'x', scopes: ['cases:read'] }, item)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await catalog.createItem(staffPrincipal(['admin']), item)).status).toBe('draft');
    expect((await catalog.publish({ kind: 'program', clientId: 'sync', scopes: ['catalog:manage'] }, item.code, 1)).status).toBe('published');
  });

  it('a new item is a draft, invisible to the public until published', async () => {
    const item = buildItem({ name: '草稿可见性事项' });
    const created = await catalog.createItem(actor, item);
    expect(created).toMatchObject({ status: 'draft', draftVersion: 1, publishedVersion: null });
    await expect(catalog.guide(item.code)).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND' });
    await catalog.publish(actor, item.code, 1);
    expect((await guide(item.code)).name).toBe('草稿可见性事项');
  });

  it('refuses a second item with the same code and keeps the first', async () => {
    const item = buildItem({ name: '原事项' });
    await catalog.createItem(actor, item);
    await expect(catalog.createItem(actor, { ...item, name: '冒名事项' })).rejects.toMatchObject({ code: 'ITEM_EXISTS' });
    expect((await catalog.adminItem(actor, item.code)).draft?.name).toBe('原事项');
  });

  it('editing a published item makes a new draft; the public keeps the published version until the next publish', async () => {
    const item = buildItem({ name: '版本事项', promisedDays: 10 });
    await catalog.createItem(actor, item);
    await catalog.publish(actor, item.code, 1);
    const edited = await catalog.saveDraft(actor, item.code, { ...item, promisedDays: 8 });
    expect(edited).toMatchObject({ status: 'published', publishedVersion: 1, draftVersion: 2 });
    expect((await guide(item.code)).promisedDays).toBe(10);
    await catalog.publish(actor, item.code, 2);
    const g = await guide(item.code);
    expect(g).toMatchObject({ promisedDays: 8, version: 2 });
    const view = await catalog.adminItem(actor, item.code);
    expect(view.versions.map((v) => [v.version, v.state])).toEqual([[2, 'published'], [1, 'superseded']]);
    expect(view.history.map((h) => h.action)).toEqual(['version.published', 'draft.created', 'version.published', 'item.created']);
    const diff = await catalog.diff(actor, item.code, 1, 2);
    expect(diff.changes).toEqual([{ path: 'promisedDays', kind: 'changed', before: 10, after: 8 }]);
  });

  it('published versions cannot be changed, even with direct SQL', async () => {
    const item = buildItem();
    await catalog.createItem(actor, item);
    await catalog.publish(actor, item.code, 1);
    await expect(
      sql`update catalog_item_version set content = jsonb_set(content, '{name}', '"被改"') where code = ${item.code}`.execute(t.database.db),
    ).rejects.toThrow(/immutable/);
    await expect(sql`delete from catalog_item_version where code = ${item.code}`.execute(t.database.db)).rejects.toThrow(/cannot be deleted/);
  });

  it('a stale editor gets VERSION_CONFLICT and the newer draft is kept', async () => {
    const item = buildItem({ name: '并发编辑' });
    await catalog.createItem(actor, item);
    await catalog.publish(actor, item.code, 1);
    // Two editors open the published item at once; both start a draft.
    const results = await Promise.allSettled([
      catalog.saveDraft(actor, item.code, { ...item, name: '编辑甲' }),
      catalog.saveDraft(actor, item.code, { ...item, name: '编辑乙' }),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(failed[0]!.reason).toMatchObject({ code: 'VERSION_CONFLICT' });
    const view = await catalog.adminItem(actor, item.code);
    expect(view.versions).toHaveLength(2);
    expect(['编辑甲', '编辑乙']).toContain(view.draft?.name);
    // Saving with the right base works; with a wrong base it conflicts.
    const loaded = await catalog.adminItem(actor, item.code);
    const rev = loaded.draftRevision!;
    await catalog.saveDraft(actor, item.code, { ...item, name: '编辑丙' }, 2, rev);
    await expect(catalog.saveDraft(actor, item.code, { ...item, name: '编辑丁' }, 1)).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    // A second editor who loaded the same draft revision before 编辑丙 was saved is refused too.
    await expect(catalog.saveDraft(actor, item.code, { ...item, name: '编辑戊' }, 2, rev)).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    expect((await catalog.adminItem(actor, item.code)).draft?.name).toBe('编辑丙');
    expect((await catalog.adminItem(actor, item.code)).draftRevision).toBe(rev + 1);
  });

  it('publishing is safe to retry; publishing a non-draft version is refused', async () => {
    const item = buildItem();
    await catalog.createItem(actor, item);
    const [a, b] = await Promise.all([catalog.publish(actor, item.code, 1), catalog.publish(actor, item.code, 1)]);
    expect(a.publishedVersion).toBe(1);
    expect(b.publishedVersion).toBe(1);
    const view = await catalog.adminItem(actor, item.code);
    expect(view.history.filter((h) => h.action === 'version.published')).toHaveLength(1);
    await expect(catalog.publish(actor, item.code, 7)).rejects.toMatchObject({ code: 'VERSION_NOT_FOUND' });
  });

  it('retiring takes the item off the public catalogue and records why', async () => {
    const item = buildItem({ name: '停用测试事项' });
    await catalog.createItem(actor, item);
    await catalog.publish(actor, item.code, 1);
    const before = JSON.parse((await catalog.listPublished({ q: '停用测试', page: 1, pageSize: 20 })).body);
    expect(before.total).toBe(1);
    const view = await catalog.retire(actor, item.code, '事项已取消');
    expect(view.status).toBe('retired');
    expect(view.history[0]).toMatchObject({ action: 'item.retired', data: { reason: '事项已取消' } });
    await expect(catalog.guide(item.code)).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND' });
    const after = JSON.parse((await catalog.listPublished({ q: '停用测试', page: 1, pageSize: 20 })).body);
    expect(after.total).toBe(0);
  });

  it('discarding a draft returns to the published version', async () => {
    const item = buildItem();
    await catalog.createItem(actor, item);
    await expect(catalog.discardDraft(actor, item.code)).rejects.toMatchObject({ code: 'DRAFT_IS_ONLY_VERSION' });
    await catalog.publish(actor, item.code, 1);
    await catalog.saveDraft(actor, item.code, { ...item, name: '要放弃的草稿' });
    const view = await catalog.discardDraft(actor, item.code);
    expect(view.draftVersion).toBeNull();
    expect(view.versions.map((v) => v.version)).toEqual([1]);
  });

  it('a failed write leaves no audit record and no half change', async () => {
    const item = buildItem();
    await catalog.createItem(actor, item);
    const auditBefore = await sql<{ n: number }>`select count(*)::int as n from audit_event`.execute(t.database.db);
    await expect(catalog.saveDraft(actor, item.code, { ...item, code: buildItem().code })).rejects.toMatchObject({ code: 'CODE_MISMATCH' });
    const auditAfter = await sql<{ n: number }>`select count(*)::int as n from audit_event`.execute(t.database.db);
    expect(auditAfter.rows[0]!.n).toBe(auditBefore.rows[0]!.n);
  });

  it('import of published items is one transaction and a no-op the second time', async () => {
    const items = [buildItem({ name: '导入一' }), buildItem({ name: '导入二' })];
    expect(await catalog.importPublished({ id: 'system:seed' }, items)).toBe(2);
    expect(await catalog.importPublished({ id: 'system:seed' }, items)).toBe(0);
    const list = await catalog.adminList(actor, { ...listAll, q: '导入' });
    expect(list.items.map((i) => i.status)).toEqual(['published', 'published']);
  });

  it('another instance sees a change within the revision check interval', async () => {
    const other = createCatalogService(t.database.db); // a second app instance on the same database
    const item = buildItem({ name: '跨实例' });
    await catalog.createItem(actor, item);
    await catalog.publish(actor, item.code, 1);
    expect(JSON.parse((await other.guide(item.code)).body).name).toBe('跨实例');
    await catalog.saveDraft(actor, item.code, { ...item, name: '跨实例新版' });
    await catalog.publish(actor, item.code, 2);
    await new Promise((r) => setTimeout(r, 1100));
    expect(JSON.parse((await other.guide(item.code)).body).name).toBe('跨实例新版');
  });
});
