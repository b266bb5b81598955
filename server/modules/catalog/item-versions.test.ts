// Item versions kept in memory: a published version (which the database refuses to change)
// is read once and shared frozen; a draft is read fresh each time, so its edits show; the
// version a guide publishes next is the one publishedItem gives at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases.ts';
import { buildItem } from '../../../test/support/factories.ts';
import { staffPrincipal } from '../../../test/support/principals.ts';
import { AppError } from '../../lib/errors.ts';
import { ItemVersions } from './item-versions.ts';
import { createCatalogService, type CatalogService } from './service.ts';

const actor = staffPrincipal(['item_manager']);

describe('item versions', () => {
  let db: TestDatabase;
  let catalog: CatalogService;
  beforeAll(async () => {
    db = await freshDatabase('pglite');
    catalog = createCatalogService(db.database.db);
  });
  afterAll(async () => db.drop());

  it('shares a published version frozen, reads drafts fresh, and follows publishing at once', async () => {
    const item = buildItem({ name: '版本缓存事项' });
    await catalog.createItem(actor, item);
    const versions = new ItemVersions(db.database.db);

    // A draft: every read sees the latest save.
    expect((await versions.get(item.code, 1)).content.name).toBe('版本缓存事项');
    await catalog.saveDraft(actor, item.code, { ...item, name: '版本缓存事项（改）' }, 1);
    const draft = await versions.get(item.code, 1);
    expect(draft.content.name).toBe('版本缓存事项（改）');
    expect(Object.isFrozen(draft.content)).toBe(false);

    // Published: the same frozen object for every reader.
    await catalog.publish(actor, item.code, 1);
    const first = await versions.get(item.code, 1);
    expect(await versions.get(item.code, 1)).toBe(first);
    expect(Object.isFrozen(first.content)).toBe(true);
    expect(() => {
      (first.content as { name: string }).name = '别人改了';
    }).toThrow(TypeError);
    expect((await catalog.publishedItem(item.code)).content.name).toBe('版本缓存事项（改）');

    // A new version published: publishedItem gives it at once; version 1 is still there for its cases.
    await catalog.saveDraft(actor, item.code, { ...item, name: '版本缓存事项 第二版' });
    await catalog.publish(actor, item.code, 2);
    expect(await catalog.publishedItem(item.code)).toMatchObject({ version: 2, content: { name: '版本缓存事项 第二版' } });
    expect((await catalog.itemVersion(item.code, 1)).content.name).toBe('版本缓存事项（改）');
  });

  it('refuses a version that does not exist', async () => {
    const refused = await new ItemVersions(db.database.db).get('no-such-item', 1).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('VERSION_NOT_FOUND');
  });
});
