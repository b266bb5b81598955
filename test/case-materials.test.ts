// 申请材料 over HTTP with real logins, on each engine: uploads checked by content (not by
// name), stored once per content on disk, replaced with history kept, 告知承诺 where allowed,
// only the applicant changes them and only before acceptance or during 补正, whoever may
// see the case downloads them, and the files outlive the app.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import type { Material } from '../server/modules/catalog/schema.ts';
import { TEST_ADMIN_TOKEN } from './support/app.ts';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { buildItem } from './support/factories.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex')]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), Buffer.alloc(20, 1), Buffer.from([0xff, 0xd9])]);
const TEXT = Buffer.from('这不是 PDF，只是一段文字。\n');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const LIMIT = 1024;

const mat = (m: Partial<Material> & { name: string }): Material => ({
  required: true, toleranceAllowed: false, commitmentAllowed: false, source: 'applicant', form: 'electronic', fileFormats: ['PDF'], originals: 0, copies: 0, ...m,
});

/** All stored files (not the temporary area). */
function storedFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => !f.startsWith('tmp') && fs.statSync(path.join(dir, f)).isFile());
}
const tmpFiles = (dir: string) => (fs.existsSync(path.join(dir, 'tmp')) ? fs.readdirSync(path.join(dir, 'tmp')) : []);

describe.each(engines)('case materials on %s', (engine) => {
  let t: ListeningApp;
  const item = buildItem({
    name: '材料测试事项',
    materials: [
      mat({ name: '申请表' }),
      mat({ name: '资质证明', fileFormats: ['PDF', 'JPG'], commitmentAllowed: true }),
      mat({ name: '营业执照', source: 'e-licence', fileFormats: [] }),
    ],
  });
  const who: Record<string, { b: Browserless; csrf: string }> = {};

  const post = (u: string, p: string, body: unknown = {}) =>
    who[u]!.b.fetch(p, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf }, body: JSON.stringify(body) });
  const upload = (u: string, caseId: string, index: number, bytes: Buffer, name: string, type = 'application/pdf') => {
    const fd = new FormData();
    fd.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
    return who[u]!.b.fetch(`/api/cases/${caseId}/materials/${index}`, { method: 'POST', headers: { 'x-csrf-token': who[u]!.csrf }, body: fd });
  };
  const list = async (u: string, caseId: string) => {
    const res = await who[u]!.b.fetch(`/api/cases/${caseId}/materials`);
    return { status: res.status, body: await res.json() };
  };
  const newCase = async (key: string) => {
    const ok = await who.zhangsan!.b.fetch('/api/cases', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who.zhangsan!.csrf, 'idempotency-key': `${key}-${engine}` },
      body: JSON.stringify({ itemCode: item.code, form: { projectName: '材料测试' } }),
    });
    expect(ok.status).toBe(201);
    return (await ok.json()) as { id: string; version: number };
  };

  beforeAll(async () => {
    t = await listeningApp(engine, { maxUploadBytes: LIMIT });
    await t.catalog.importPublished({ id: 'system:test' }, [item]);
    for (const u of ['zhangsan', 'lisi', 'item-manager', 'expert']) {
      const b = browserless(t.url);
      await login(b, t.url, u);
      who[u] = { b, csrf: (await (await b.fetch('/api/me')).json()).csrfToken };
    }
  }, 120_000);
  afterAll(async () => t.close());

  it('stores an upload under its SHA-256, lists it, and records it on the timeline', async () => {
    const c = await newCase('upload');
    const before = await list('zhangsan', c.id);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ caseId: c.id, editable: true, maxUploadBytes: LIMIT });
    expect(before.body.materials.map((m: { name: string; status: string }) => [m.name, m.status])).toEqual([['申请表', 'missing'], ['资质证明', 'missing'], ['营业执照', 'missing']]);

    const res = await upload('zhangsan', c.id, 0, PDF, '申请表（盖章）.pdf');
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ index: 0, status: 'uploaded', file: { fileName: '申请表（盖章）.pdf', contentType: 'application/pdf', size: PDF.length, sha256: sha(PDF) } });
    const after = (await list('zhangsan', c.id)).body.materials[0];
    expect(after).toMatchObject({ status: 'uploaded', file: { sha256: sha(PDF), size: PDF.length } });
    expect(fs.readFileSync(path.join(t.filesDir, sha(PDF).slice(0, 2), sha(PDF).slice(2, 4), sha(PDF)))).toEqual(PDF);

    // A JPEG where JPG is allowed; the browser's claimed type does not matter.
    const jpg = await upload('zhangsan', c.id, 1, JPEG, 'scan.jpg', 'application/octet-stream');
    expect(jpg.status).toBe(201);
    expect((await jpg.json()).file.contentType).toBe('image/jpeg');

    const timeline = (await (await who.zhangsan!.b.fetch(`/api/cases/${c.id}/timeline`)).json()).events;
    expect(timeline.map((e: { action: string }) => e.action)).toEqual(['提交申请', '上传材料：申请表', '上传材料：资质证明']);
    const events = await sql<{ data: Record<string, unknown> }>`select data from case_event where case_id = ${c.id} and kind = 'material.uploaded' order by id`.execute(t.db.database.db);
    expect(events.rows[0]!.data).toMatchObject({ index: 0, name: '申请表', sha256: sha(PDF), size: PDF.length });
  });

  it('keeps one file per content, and the replaced upload in the history', async () => {
    const a = await newCase('dedup-a');
    const b = await newCase('dedup-b');
    const same = Buffer.concat([PDF, Buffer.from('% dedup\n')]);
    for (const id of [a.id, a.id, b.id]) expect((await upload('zhangsan', id, 0, same, 'same.pdf')).status).toBe(201);
    expect(storedFiles(t.filesDir).filter((f) => f.endsWith(sha(same)))).toHaveLength(1);
    expect(tmpFiles(t.filesDir)).toEqual([]);
    const rows = await sql<{ n: number; current: number }>`select count(*)::int as n, count(*) filter (where replaced_at is null)::int as current from case_material where case_id = ${a.id} and material_index = 0`.execute(t.db.database.db);
    expect(rows.rows[0]).toEqual({ n: 2, current: 1 });
  });

  it('checks the type by content and the size, and stores nothing it refuses', async () => {
    const c = await newCase('refuse');
    const filesBefore = storedFiles(t.filesDir).length;
    const text = await upload('zhangsan', c.id, 0, TEXT, '伪装.pdf');
    expect(text.status).toBe(415);
    const textBody = await text.json();
    expect(textBody.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(textBody.message).toContain('不是可识别的 PDF、JPG 或 PNG 文件');
    expect(textBody.message).toContain('只接受 PDF 格式');

    const png = await upload('zhangsan', c.id, 0, PNG, 'disguised.pdf');
    expect(png.status).toBe(415);
    expect((await png.json()).message).toMatch(/文件内容是 PNG 格式，「申请表」只接受 PDF 格式/);

    const big = Buffer.concat([PDF, Buffer.alloc(LIMIT, 0x20)]);
    const large = await upload('zhangsan', c.id, 0, big, 'big.pdf');
    expect(large.status).toBe(413);
    const largeBody = await large.json();
    expect(largeBody.code).toBe('PAYLOAD_TOO_LARGE');
    expect(largeBody.message).toContain('1 KB');

    const empty = await upload('zhangsan', c.id, 0, Buffer.alloc(0), 'empty.pdf');
    expect(empty.status).toBe(400);
    expect((await empty.json()).code).toBe('FILE_EMPTY');
    expect((await post('zhangsan', `/api/cases/${c.id}/materials/0`, {})).status).toBe(400); // not multipart

    expect((await upload('zhangsan', c.id, 2, PDF, 'licence.pdf')).status).toBe(409); // from the licence library
    const missing = await upload('zhangsan', c.id, 9, PDF, 'x.pdf');
    expect(missing.status).toBe(404);
    expect((await missing.json()).code).toBe('MATERIAL_NOT_FOUND');

    expect(storedFiles(t.filesDir).length).toBe(filesBefore);
    expect(tmpFiles(t.filesDir)).toEqual([]);
    const rows = await sql<{ n: number }>`select count(*)::int as n from case_material where case_id = ${c.id}`.execute(t.db.database.db);
    expect(rows.rows[0]!.n).toBe(0);
  });

  it('lets only the applicant change materials, and whoever may see the case download them', async () => {
    const c = await newCase('access');
    expect((await upload('zhangsan', c.id, 0, PDF, '申请表.pdf')).status).toBe(201);

    // Another applicant: nothing exists.
    expect((await upload('lisi', c.id, 0, PDF, 'x.pdf')).status).toBe(404);
    expect((await list('lisi', c.id)).status).toBe(404);
    expect((await who.lisi!.b.fetch(`/api/cases/${c.id}/materials/0/file`)).status).toBe(404);
    expect((await post('lisi', `/api/cases/${c.id}/materials/1/commitment`)).status).toBe(404);
    // An expert (the case is not in their queue): nothing either.
    expect((await who.expert!.b.fetch(`/api/cases/${c.id}/materials/0/file`)).status).toBe(404);
    // Staff who may read cases: see and download, but not upload in the applicant's place.
    expect((await list('item-manager', c.id)).body).toMatchObject({ editable: false });
    expect((await upload('item-manager', c.id, 0, PDF, 'x.pdf')).status).toBe(403);

    const file = await who['item-manager']!.b.fetch(`/api/cases/${c.id}/materials/0/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toBe(`inline; filename="___.pdf"; filename*=UTF-8''${encodeURIComponent('申请表.pdf')}`);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PDF);
    expect((await who['item-manager']!.b.fetch(`/api/cases/${c.id}/materials/1/file`)).status).toBe(404); // nothing uploaded
  });

  it('takes 告知承诺 only where the item allows it', async () => {
    const c = await newCase('commitment');
    const ok = await post('zhangsan', `/api/cases/${c.id}/materials/1/commitment`);
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ index: 1, status: 'commitment', file: null });
    const no = await post('zhangsan', `/api/cases/${c.id}/materials/0/commitment`);
    expect(no.status).toBe(409);
    expect((await no.json()).code).toBe('COMMITMENT_NOT_ALLOWED');
    expect((await list('zhangsan', c.id)).body.materials.map((m: { status: string }) => m.status)).toEqual(['missing', 'commitment', 'missing']);
    const timeline = (await (await who.zhangsan!.b.fetch(`/api/cases/${c.id}/timeline`)).json()).events;
    expect(timeline.at(-1).action).toBe('告知承诺：资质证明');
  });

  it('closes materials at acceptance and reopens them for 补正', async () => {
    const c = await newCase('states');
    const corr = await post('item-manager', `/api/cases/${c.id}/actions/request_correction`, { opinion: '请上传盖章的申请表。' });
    expect(corr.status).toBe(200);
    expect((await upload('zhangsan', c.id, 0, PDF, '申请表.pdf')).status).toBe(201); // 补正
    expect((await post('zhangsan', `/api/cases/${c.id}/materials/1/commitment`)).status).toBe(201);
    expect((await post('zhangsan', `/api/cases/${c.id}/actions/resubmit`)).status).toBe(200);
    expect((await post('item-manager', `/api/cases/${c.id}/actions/accept`)).status).toBe(200);
    const late = await upload('zhangsan', c.id, 0, PDF, '申请表.pdf');
    expect(late.status).toBe(409);
    expect((await late.json()).code).toBe('MATERIAL_NOT_EDITABLE');
    expect((await list('zhangsan', c.id)).body.editable).toBe(false);
  });

  it('still serves the files after a restart (a new app on the same database and directory)', async () => {
    const c = await newCase('restart');
    const bytes = Buffer.concat([PDF, Buffer.from('% restart\n')]);
    expect((await upload('zhangsan', c.id, 0, bytes, 'r.pdf')).status).toBe(201);
    const again = await buildApp({ database: t.db.database, adminToken: TEST_ADMIN_TOKEN, logLevel: 'silent', filesDir: t.filesDir });
    try {
      const res = await again.app.inject({ method: 'GET', url: `/api/cases/${c.id}/materials/0/file`, headers: { cookie: who.zhangsan!.b.jar.header() } });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload).toEqual(bytes);
    } finally {
      await again.app.close();
    }
  });
});
