// 免提交, 容缺受理 and the "materialsComplete" guard, over HTTP with real logins, on each
// engine: an applicant reuses a file of their own earlier case (same stored content, nothing
// copied, recorded with its source) and never anyone else's; a tolerated material gets its
// supply date at acceptance from the working-day calendar (across the 2026 National Day
// holiday and its 调休 Saturday), is supplied after acceptance and shows as overdue past it;
// acceptance is refused while required materials are missing, naming all of them at once.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Material } from '../server/modules/catalog/schema.ts';
import { overdueTolerances } from '../server/modules/cases/store.ts';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { buildItem } from './support/factories.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { TEST_JPEG, TEST_PDF, uploadMaterial } from './support/materials.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const pdf = (tag: string) => Buffer.concat([TEST_PDF, Buffer.from(`% ${tag}\n`)]);

const mat = (m: Partial<Material> & { name: string }): Material => ({
  required: true, toleranceAllowed: false, commitmentAllowed: false, source: 'applicant', form: 'electronic', fileFormats: ['PDF'], originals: 0, copies: 0, ...m,
});

function storedFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => !f.startsWith('tmp') && fs.statSync(path.join(dir, f)).isFile());
}

describe.each(engines)('material reuse, tolerance and the completeness guard on %s', (engine) => {
  let t: ListeningApp;
  // Wednesday 30 September 2026, the eve of the National Day holiday (China time).
  let today = new Date('2026-09-30T02:00:00Z');
  const item = buildItem({
    name: '材料复用测试事项',
    materials: [
      mat({ name: '申请表' }),
      mat({ name: '营业执照副本', fileFormats: ['PDF', 'JPG'] }),
      mat({ name: '人员证明', toleranceAllowed: true, toleranceSupplyDays: 3 }),
      mat({ name: '承诺事项', commitmentAllowed: true }),
      mat({ name: '营业执照', source: 'e-licence', fileFormats: [] }),
      mat({ name: '补充说明', required: false }),
    ],
  });
  const who: Record<string, { b: Browserless; csrf: string }> = {};

  const post = (u: string, p: string, body: unknown = {}) =>
    who[u]!.b.fetch(p, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf }, body: JSON.stringify(body) });
  const get = async (u: string, p: string) => {
    const res = await who[u]!.b.fetch(p);
    return { status: res.status, body: await res.json() };
  };
  const upload = (u: string, caseId: string, index: number, bytes: Buffer, name: string, type?: string) => uploadMaterial(who[u]!.b, who[u]!.csrf, caseId, index, bytes, name, type);
  const newCase = async (u: string, key: string) => {
    const res = await who[u]!.b.fetch('/api/cases', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf, 'idempotency-key': `${key}-${engine}` },
      body: JSON.stringify({ itemCode: item.code, form: { projectName: '复用测试' } }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; caseNo: string; version: number };
  };
  const rowsOf = async (caseId: string) =>
    (await sql<{ n: number }>`select count(*)::int as n from case_material where case_id = ${caseId}`.execute(t.db.database.db)).rows[0]!.n;

  beforeAll(async () => {
    t = await listeningApp(engine, { now: () => today });
    await t.catalog.importPublished({ id: 'system:test' }, [item]);
    for (const u of ['zhangsan', 'lisi', 'ah-tech', 'item-manager']) {
      const b = browserless(t.url);
      await login(b, t.url, u);
      who[u] = { b, csrf: (await (await b.fetch('/api/me')).json()).csrfToken };
    }
  }, 120_000);
  afterAll(async () => t.close());

  it('reuses a file of the applicant’s own earlier case: the same content, no new bytes, the source on record', async () => {
    const earlier = await newCase('zhangsan', 'reuse-earlier');
    const licence = pdf('licence copy');
    expect((await upload('zhangsan', earlier.id, 1, licence, '营业执照副本.pdf')).status).toBe(201);
    expect((await upload('zhangsan', earlier.id, 0, pdf('form'), '申请表.pdf')).status).toBe(201);

    const later = await newCase('zhangsan', 'reuse-later');
    const list = await get('zhangsan', `/api/cases/${later.id}/materials/1/reusable`);
    expect(list.status).toBe(200);
    // Both earlier files fit (PDF); the one of the same name comes first.
    expect(list.body.candidates.map((c: { name: string; sameName: boolean }) => [c.name, c.sameName])).toEqual([['营业执照副本', true], ['申请表', false]]);
    expect(list.body.candidates[0]).toMatchObject({ caseId: earlier.id, caseNo: earlier.caseNo, index: 1, fileName: '营业执照副本.pdf', sha256: sha(licence), size: licence.length });

    const filesBefore = storedFiles(t.filesDir).length;
    const reused = await post('zhangsan', `/api/cases/${later.id}/materials/1/reuse`, { fromCaseId: earlier.id, fromIndex: 1 });
    expect(reused.status).toBe(201);
    expect(await reused.json()).toMatchObject({
      index: 1, status: 'uploaded', file: { fileName: '营业执照副本.pdf', sha256: sha(licence), size: licence.length },
      reusedFrom: { caseId: earlier.id, caseNo: earlier.caseNo, index: 1 },
    });
    expect(storedFiles(t.filesDir).length).toBe(filesBefore); // nothing copied
    const row = await sql<{ file_sha256: string; reused_from_case_id: string; reused_from_index: number }>`
      select file_sha256, reused_from_case_id, reused_from_index from case_material where case_id = ${later.id} and replaced_at is null`.execute(t.db.database.db);
    expect(row.rows).toEqual([{ file_sha256: sha(licence), reused_from_case_id: earlier.id, reused_from_index: 1 }]);

    const file = await who.zhangsan!.b.fetch(`/api/cases/${later.id}/materials/1/file`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(licence);
    const timeline = (await get('zhangsan', `/api/cases/${later.id}/timeline`)).body.events;
    expect(timeline.at(-1).action).toBe('免提交（复用已有材料）：营业执照副本');
    const event = await sql<{ data: Record<string, unknown> }>`select data from case_event where case_id = ${later.id} and kind = 'material.reused'`.execute(t.db.database.db);
    expect(event.rows[0]!.data).toMatchObject({ index: 1, fromCaseId: earlier.id, fromCaseNo: earlier.caseNo, fromIndex: 1, sha256: sha(licence) });
  });

  it('never reuses someone else’s file, and refuses bad reuse requests', async () => {
    const mine = await newCase('zhangsan', 'theirs-source');
    expect((await upload('zhangsan', mine.id, 0, pdf('zhangsan private'), '张三的申请表.pdf')).status).toBe(201);
    expect((await upload('zhangsan', mine.id, 1, TEST_JPEG, 'scan.jpg', 'image/jpeg')).status).toBe(201);

    // 李四 (another natural person) and 安徽某科技 (an enterprise handler) see none of 张三's files and cannot take them.
    for (const u of ['lisi', 'ah-tech']) {
      const theirs = await newCase(u, `theirs-${u}`);
      const candidates = (await get(u, `/api/cases/${theirs.id}/materials/0/reusable`)).body.candidates as Array<{ caseId: string }>;
      expect(candidates.filter((c) => c.caseId === mine.id)).toEqual([]);
      const stolen = await post(u, `/api/cases/${theirs.id}/materials/0/reuse`, { fromCaseId: mine.id, fromIndex: 0 });
      expect(stolen.status).toBe(404);
      expect((await stolen.json()).code).toBe('REUSE_SOURCE_NOT_FOUND');
      expect(await rowsOf(theirs.id)).toBe(0);
      // Nor can 张三 push his file into their case: he cannot see it.
      expect((await post('zhangsan', `/api/cases/${theirs.id}/materials/0/reuse`, { fromCaseId: mine.id, fromIndex: 0 })).status).toBe(404);
      expect(await rowsOf(theirs.id)).toBe(0);
    }

    const target = await newCase('zhangsan', 'bad-reuse');
    const expectError = async (index: number, body: unknown, status: number, code: string) => {
      const res = await post('zhangsan', `/api/cases/${target.id}/materials/${index}/reuse`, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect((await res.json()).code).toBe(code);
    };
    await expectError(0, { fromCaseId: target.id, fromIndex: 0 }, 404, 'REUSE_SOURCE_NOT_FOUND'); // its own case
    await expectError(0, { fromCaseId: mine.id, fromIndex: 3 }, 404, 'REUSE_SOURCE_NOT_FOUND'); // nothing uploaded there
    await expectError(0, { fromCaseId: 'not-a-case', fromIndex: 0 }, 404, 'REUSE_SOURCE_NOT_FOUND');
    await expectError(0, { fromCaseId: mine.id, fromIndex: 1 }, 415, 'FILE_TYPE_NOT_ALLOWED'); // a JPEG where only PDF goes
    await expectError(99, { fromCaseId: mine.id, fromIndex: 0 }, 404, 'MATERIAL_NOT_FOUND');
    await expectError(4, { fromCaseId: mine.id, fromIndex: 0 }, 409, 'MATERIAL_NO_UPLOAD'); // from the licence library
    await expectError(0, { fromCaseId: mine.id, fromIndex: 0, sha256: sha(TEST_PDF) }, 400, 'VALIDATION_FAILED');
    expect((await get('item-manager', `/api/cases/${target.id}/materials/0/reusable`)).status).toBe(403); // staff do not apply
    expect(await rowsOf(target.id)).toBe(0);
    // 容缺 and 告知承诺 only where the item allows them.
    expect((await (await post('zhangsan', `/api/cases/${target.id}/materials/0/tolerance`)).json()).code).toBe('TOLERANCE_NOT_ALLOWED');
    expect((await post('zhangsan', `/api/cases/${target.id}/materials/99/tolerance`)).status).toBe(404);
    expect(await rowsOf(target.id)).toBe(0);
  });

  it('reuses within one enterprise, never across the enterprises one handler acts for', async () => {
    const first = await newCase('ah-tech', 'ent-first');
    const licence = pdf('enterprise A licence');
    expect((await upload('ah-tech', first.id, 1, licence, 'A 营业执照.pdf')).status).toBe(201);
    const again = await newCase('ah-tech', 'ent-again');
    expect((await post('ah-tech', `/api/cases/${again.id}/materials/1/reuse`, { fromCaseId: first.id, fromIndex: 1 })).status).toBe(201);

    // 赵六 switches to the other enterprise he acts for: its case cannot take enterprise A's file.
    const me = (await get('ah-tech', '/api/me')).body;
    const other = me.enterprises.find((e: { creditCode: string }) => e.creditCode !== me.enterprise.creditCode);
    expect((await post('ah-tech', '/api/me/enterprise', { creditCode: other.creditCode })).status).toBeLessThan(300);
    try {
      const b = await newCase('ah-tech', 'ent-other');
      expect((await get('ah-tech', `/api/cases/${b.id}/materials/1/reusable`)).body.candidates).toEqual([]);
      const res = await post('ah-tech', `/api/cases/${b.id}/materials/1/reuse`, { fromCaseId: first.id, fromIndex: 1 });
      expect(res.status).toBe(404);
      expect(await rowsOf(b.id)).toBe(0);
    } finally {
      await post('ah-tech', '/api/me/enterprise', { creditCode: me.enterprise.creditCode });
    }
  });

  it('refuses acceptance while required materials are missing, naming all of them at once', async () => {
    const c = await newCase('zhangsan', 'guard');
    const refused = await post('item-manager', `/api/cases/${c.id}/actions/accept`, { expectedVersion: c.version });
    expect(refused.status).toBe(422);
    const body = await refused.json();
    expect(body.code).toBe('GUARD_FAILED');
    expect(body.message).toBe('申请材料不齐全，以下必要材料尚未提交（上传、告知承诺或容缺）：「申请表」、「营业执照副本」、「人员证明」、「承诺事项」');
    expect(body.details).toMatchObject({ guard: 'materialsComplete', missingMaterials: ['申请表', '营业执照副本', '人员证明', '承诺事项'] });

    expect((await upload('zhangsan', c.id, 0, pdf('guard form'), '申请表.pdf')).status).toBe(201);
    expect((await post('zhangsan', `/api/cases/${c.id}/materials/3/commitment`)).status).toBe(201);
    const still = await post('item-manager', `/api/cases/${c.id}/actions/accept`, { expectedVersion: c.version });
    expect(still.status).toBe(422);
    expect((await still.json()).details.missingMaterials).toEqual(['营业执照副本', '人员证明']);
    expect((await get('zhangsan', `/api/cases/${c.id}`)).body).toMatchObject({ state: 'initial_review', version: c.version, acceptedAt: null });
  });

  it('gives a tolerated material its supply date at acceptance, takes it after acceptance and marks it overdue past that date', async () => {
    today = new Date('2026-09-30T02:00:00Z');
    const c = await newCase('zhangsan', 'tolerance');
    expect((await upload('zhangsan', c.id, 0, pdf('tolerance form'), '申请表.pdf')).status).toBe(201);
    expect((await upload('zhangsan', c.id, 1, pdf('tolerance licence'), '执照.pdf')).status).toBe(201);
    expect((await post('zhangsan', `/api/cases/${c.id}/materials/3/commitment`)).status).toBe(201);
    const declared = await post('zhangsan', `/api/cases/${c.id}/materials/2/tolerance`);
    expect(declared.status).toBe(201);
    expect(await declared.json()).toMatchObject({ index: 2, status: 'tolerance', toleranceSupplyDays: 3, supplyDeadline: null, overdue: false, file: null });

    const accepted = await post('item-manager', `/api/cases/${c.id}/actions/accept`, { expectedVersion: c.version });
    expect(accepted.status).toBe(200);
    // 3 working days after Wed 30 Sep: the holiday (1–7 Oct) does not count; Thu 8, Fri 9 and
    // the 调休 working Saturday 10 Oct do.
    const cal = await t.calendar.current();
    expect(cal.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    let list = (await get('zhangsan', `/api/cases/${c.id}/materials`)).body;
    expect(list.editable).toBe(false);
    expect(list.overdue).toBe(false);
    expect(list.materials[2]).toMatchObject({ status: 'tolerance', supplyDeadline: '2026-10-10', overdue: false, actions: ['upload', 'reuse'] });
    expect(list.materials[0].actions).toEqual([]);
    const acceptance = await sql<{ data: Record<string, unknown> }>`select data from case_event where case_id = ${c.id} and transition = 'accept'`.execute(t.db.database.db);
    expect(acceptance.rows[0]!.data.supplyDeadlines).toEqual([{ index: 2, name: '人员证明', supplyDeadline: '2026-10-10' }]);

    // After acceptance only the tolerated material may change, and only by supplying it.
    expect((await (await upload('zhangsan', c.id, 0, pdf('late change'), 'x.pdf')).json()).code).toBe('MATERIAL_NOT_EDITABLE');
    expect((await post('zhangsan', `/api/cases/${c.id}/materials/2/tolerance`)).status).toBe(409);
    expect((await post('zhangsan', `/api/cases/${c.id}/materials/3/commitment`)).status).toBe(409);
    expect((await upload('item-manager', c.id, 2, pdf('staff'), 'x.pdf')).status).toBe(403);

    // Monday 12 October: past the date and not supplied — overdue, in the list and the query for timers.
    today = new Date('2026-10-12T02:00:00Z');
    list = (await get('item-manager', `/api/cases/${c.id}/materials`)).body;
    expect(list.overdue).toBe(true);
    expect(list.materials[2]).toMatchObject({ supplyDeadline: '2026-10-10', overdue: true, actions: [] });
    expect((await overdueTolerances(t.db.database.db, '2026-10-12')).filter((r) => r.case_id === c.id)).toEqual([{ case_id: c.id, case_no: c.caseNo, material_index: 2, supply_deadline: '2026-10-10' }]);
    expect((await overdueTolerances(t.db.database.db, '2026-10-10')).filter((r) => r.case_id === c.id)).toEqual([]);

    const supplied = await upload('zhangsan', c.id, 2, pdf('staff certificates'), '人员证明.pdf');
    expect(supplied.status).toBe(201);
    expect(await supplied.json()).toMatchObject({ status: 'uploaded', supplyDeadline: null, overdue: false, actions: [] });
    const event = await sql<{ data: Record<string, unknown> }>`select data from case_event where case_id = ${c.id} and kind = 'material.supplied'`.execute(t.db.database.db);
    expect(event.rows[0]!.data).toMatchObject({ index: 2, name: '人员证明', supplyDeadline: '2026-10-10', late: true, via: 'material.uploaded' });
    expect((await get('zhangsan', `/api/cases/${c.id}/timeline`)).body.events.at(-1).action).toBe('补齐容缺材料：人员证明');
    expect((await get('zhangsan', `/api/cases/${c.id}/materials`)).body.overdue).toBe(false);
    // Supplied once: closed again.
    expect((await upload('zhangsan', c.id, 2, pdf('again'), 'x.pdf')).status).toBe(409);
  });
});
