// The catalogue's HTTP API end to end through Fastify (app.inject), on each engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, testApp, type TestApp } from '../../../test/support/app.ts';
import { engines } from '../../../test/support/databases.ts';
import { buildItem } from '../../../test/support/factories.ts';
import { staffPrincipal } from '../../../test/support/principals.ts';
import { readMigrations } from '../../db/migrate.ts';

describe.each(engines)('catalogue API on %s', (engine) => {
  let t: TestApp;
  const production = buildItem({ name: '实验动物生产许可证核发', type: '01', themes: ['实验动物'], highFrequency: true, visits: 0, onlineDepth: '3', audiences: ['2', '3'] });
  const use = buildItem({ name: '实验动物使用许可证核发', type: '01', themes: ['实验动物'], visits: 1, onlineDepth: '3', audiences: ['3'] });
  const hitech = buildItem({ name: '高新技术企业认定', type: '07', themes: ['科技企业'], visits: 0, onlineDepth: '4' });
  const draftOnly = buildItem({ name: '实验动物草稿事项', type: '01' });

  beforeAll(async () => {
    t = await testApp(engine);
    await t.catalog.importPublished({ id: 'system:test' }, [production, use, hitech]);
    await t.catalog.createItem(staffPrincipal(['item_manager']), draftOnly);
  });
  afterAll(async () => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  it('lists published items with pagination', async () => {
    const res = await get('/api/catalog/items?pageSize=2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(body.items).toHaveLength(2);
    const page2 = (await get('/api/catalog/items?pageSize=2&page=2')).json();
    expect(page2.items).toHaveLength(1);
    const names = [...body.items, ...page2.items].map((i: { name: string }) => i.name).sort();
    expect(names).toEqual([hitech.name, production.name, use.name].sort());
  });

  it('finds both lab-animal licences by a Chinese keyword, and not the unpublished draft', async () => {
    const body = (await get(`/api/catalog/items?q=${encodeURIComponent('实验动物')}`)).json();
    expect(body.items.map((i: { name: string }) => i.name).sort()).toEqual([production.name, use.name].sort());
    const two = (await get(`/api/catalog/items?q=${encodeURIComponent('实验动物 使用')}`)).json();
    expect(two.items.map((i: { name: string }) => i.name)).toEqual([use.name]);
    expect((await get(`/api/catalog/items?q=${encodeURIComponent('不存在的词')}`)).json().total).toBe(0);
  });

  it('filters by type, theme, audience, visits, online depth and high frequency', async () => {
    const names = async (qs: string) => (await get(`/api/catalog/items?${qs}`)).json().items.map((i: { name: string }) => i.name).sort();
    expect(await names('type=07')).toEqual([hitech.name]);
    expect(await names(`theme=${encodeURIComponent('实验动物')}`)).toEqual([production.name, use.name].sort());
    expect(await names('audience=3')).toEqual([production.name, use.name].sort());
    expect(await names('visits=1')).toEqual([use.name]);
    expect(await names('visits=0&onlineDepth=4')).toEqual([hitech.name]);
    expect(await names('highFrequency=true')).toEqual([production.name]);
  });

  it('answers bad parameters with 400, naming the parameter', async () => {
    for (const [qs, param] of [['pageSize=101', 'pageSize'], ['page=0', 'page'], ['type=99', 'type'], ['visits=abc', 'visits'], ['onlineDepth=9', 'onlineDepth']] as const) {
      const res = await get(`/api/catalog/items?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      const body = res.json();
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.message).toContain(param);
      expect(body.details[0].param).toBe(param);
    }
  });

  it('serves the full guide with material codes, and 404 for an unknown code', async () => {
    const res = await get(`/api/catalog/items/${production.code}`);
    expect(res.statusCode).toBe(200);
    const g = res.json();
    expect(g).toMatchObject({ code: production.code, name: production.name, version: 1, status: 'published', materials: production.materials });
    expect(g.materialCodes).toEqual([`${production.code}001`]);
    const missing = await get(`/api/catalog/items/${buildItem().code}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ code: 'ITEM_NOT_FOUND', message: '事项不存在或已停用' });
    expect((await get(`/api/catalog/items/${draftOnly.code}`)).statusCode).toBe(404);
  });

  it('revalidates with ETag', async () => {
    const first = await get(`/api/catalog/items/${hitech.code}`);
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await get(`/api/catalog/items/${hitech.code}`, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
  });

  it('sends the guide compressed when the client accepts it, identical once decoded', async () => {
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const plain = await get(`/api/catalog/items/${production.code}`);
    const br = await get(`/api/catalog/items/${production.code}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gz = await get(`/api/catalog/items/${production.code}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('accept-encoding');
  });

  it('gives facets and reform figures computed from the published items', async () => {
    const facets = (await get('/api/catalog/facets')).json();
    expect(facets.total).toBe(3);
    expect(facets.types).toContainEqual({ code: '01', name: '行政许可', count: 2 });
    const fig = (await get('/api/catalog/reform-figures')).json();
    expect(fig.publishedItems).toBe(3);
    expect(fig.noVisit).toMatchObject({ count: 2, share: 0.6667, target: 0.6, met: true });
    expect(fig.fullyOnline).toMatchObject({ count: 1, share: 0.3333 });
    expect(fig.timeRatio).toMatchObject({ overall: 0.5, promisedDaysTotal: 30, statutoryDaysTotal: 60 });
    expect(fig.perItem).toHaveLength(3);
  });

  it('reports health with database kind and migration version, and publishes OpenAPI and docs', async () => {
    const health = (await get('/api/health')).json();
    expect(health).toEqual({ status: 'ok', database: engine, migration: (await readMigrations()).length });
    const spec = (await get('/api/openapi.json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/catalog/items', '/api/catalog/items/{code}', '/api/admin/catalog/items/{code}/publish']));
    expect(spec.paths['/api/catalog/items'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['q', 'type', 'pageSize']));
    const docs = await get('/api/docs');
    expect([200, 302]).toContain(docs.statusCode);
  });

  it('keeps admin routes behind the token', async () => {
    expect((await get('/api/admin/catalog/items')).json()).toMatchObject({ code: 'NOT_AUTHENTICATED' });
    const wrong = await get('/api/admin/catalog/items', { authorization: 'Bearer nope' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('ADMIN_TOKEN_INVALID');
    const ok = await get('/api/admin/catalog/items', adminHeaders);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().total).toBe(4);
  });

  it('runs the admin journey: create, edit, publish, diff, retire', async () => {
    const item = buildItem({ name: '科技成果登记（测试）' });
    const post = (url: string, payload: unknown) => t.app.inject({ method: 'POST', url, payload: payload as object, headers: adminHeaders });
    const created = await post('/api/admin/catalog/items', { content: item });
    expect(created.statusCode).toBe(201);
    expect((await post('/api/admin/catalog/items', { content: item })).json().code).toBe('ITEM_EXISTS');
    const saved = await t.app.inject({ method: 'PUT', url: `/api/admin/catalog/items/${item.code}/draft`, headers: adminHeaders, payload: { content: { ...item, visits: 1, windows: [{ name: '科技厅窗口', address: '合肥市政务服务中心', hours: '工作日 9:00-17:00', phone: '0551-00000000' }] }, baseVersion: 1 } });
    expect(saved.statusCode).toBe(200);
    expect((await post(`/api/admin/catalog/items/${item.code}/publish`, { version: 1 })).json().status).toBe('published');
    expect((await get(`/api/catalog/items/${item.code}`)).json().visits).toBe(1);
    await t.app.inject({ method: 'PUT', url: `/api/admin/catalog/items/${item.code}/draft`, headers: adminHeaders, payload: { content: { ...item, visits: 0, promisedDays: 5 } } });
    await post(`/api/admin/catalog/items/${item.code}/publish`, { version: 2 });
    const diff = (await get(`/api/admin/catalog/items/${item.code}/diff?from=1&to=2`, adminHeaders)).json();
    expect(diff.changes).toEqual(expect.arrayContaining([{ path: 'visits', kind: 'changed', before: 1, after: 0 }, { path: 'promisedDays', kind: 'changed', before: 10, after: 5 }]));
    const v1 = (await get(`/api/admin/catalog/items/${item.code}/versions/1`, adminHeaders)).json();
    expect(v1).toMatchObject({ version: 1, state: 'superseded', content: { visits: 1 } });
    expect((await post(`/api/admin/catalog/items/${item.code}/retire`, { reason: '' })).statusCode).toBe(400);
    expect((await post(`/api/admin/catalog/items/${item.code}/retire`, { reason: '职能调整' })).json().status).toBe('retired');
    expect((await get(`/api/catalog/items/${item.code}`)).statusCode).toBe(404);
  });

  it('rejects invalid guide content with the field and a Chinese reason, storing nothing', async () => {
    const bad = { ...buildItem(), promisedDays: 99, statutoryDays: 20 };
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/catalog/items', headers: adminHeaders, payload: { content: bad } });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toContainEqual({ param: 'content.promisedDays', reason: '承诺时限不能超过法定时限' });
    const badCode = { ...buildItem(), code: '91340100MA2T5K7W5421234567890AB' };
    const res2 = await t.app.inject({ method: 'POST', url: '/api/admin/catalog/items', headers: adminHeaders, payload: { content: badCode } });
    expect(res2.statusCode).toBe(400);
    expect((await get(`/api/admin/catalog/items/${bad.code}`, adminHeaders)).statusCode).toBe(404);
  });

  it('answers malformed, oversized and wrongly typed bodies with clear errors', async () => {
    const malformed = await t.app.inject({ method: 'POST', url: '/api/admin/catalog/items', headers: { ...adminHeaders, 'content-type': 'application/json' }, payload: '{"content": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('VALIDATION_FAILED');
    const huge = await t.app.inject({ method: 'POST', url: '/api/admin/catalog/items', headers: { ...adminHeaders, 'content-type': 'application/json' }, payload: JSON.stringify({ content: 'x'.repeat(2_000_000) }) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' });
    const xml = await t.app.inject({ method: 'POST', url: '/api/admin/catalog/items', headers: { ...adminHeaders, 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const route = await get('/api/nope');
    expect(route.statusCode).toBe(404);
    expect(route.json().code).toBe('ROUTE_NOT_FOUND');
  });
});
