// Stamped applications and paper intake by scan, through the API with the demo accounts:
// J1 (window desk scans and confirms), forged and old-version tokens, J2 batches from the
// service point to the receiving unit. The printouts' QR codes are read from pages rendered by
// pdftoppm and decoded by jsQR, as a phone or desk camera would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInClients, type Client } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { highTechForm, labAnimalProductionForm, labAnimalUseForm } from './support/application-forms.ts';
import { DEMO_EXPERTS, drawAndAnswer } from './support/expert-panels.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { provideRequiredMaterials } from './support/materials.ts';
import { qrOnPage } from './support/qr.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'paper-intake-'));

describe.each(engines)('stamped applications and paper intake on %s', (engine) => {
  let t: ListeningApp;
  const who: Record<string, Client> = {};
  const users = ['hefei-bio', 'ah-tech', 'item-manager', 'window-clerk', 'service-point', 'receiving-unit', ...DEMO_EXPERTS.map((a) => a.username)];

  beforeAll(async () => {
    t = await listeningApp(engine);
    Object.assign(who, await signInClients(t.url, users));
  }, 120_000);
  afterAll(async () => t?.close());

  const codeOf = async (name: string) => (await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent(name)}`)).json()).items.find((i: { name: string }) => i.name === name).code as string;
  const call = async (u: string, method: string, p: string, body?: unknown) => {
    const res = await who[u]!.b.fetch(p, { method, headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), 'x-csrf-token': who[u]!.csrf }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, json: res.headers.get('content-type')?.includes('json') ? await res.json() : null, res };
  };
  const ok = async (u: string, method: string, p: string, body?: unknown) => {
    const r = await call(u, method, p, body);
    if (r.status >= 300) throw new Error(`${u} ${method} ${p}: ${r.status} ${JSON.stringify(r.json)}`);
    return r.json;
  };
  const act = async (u: string, id: string, action: string) => {
    const c = await ok(u, 'GET', `/api/cases/${id}`);
    return ok(u, 'POST', `/api/cases/${id}/actions/${action}`, { expectedVersion: c.version });
  };
  async function samplePdf(pages: number) {
    const doc = await PDFDocument.create();
    const f = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < pages; i++) doc.addPage([595.28, 841.89]).drawText(`Material page ${i + 1}`, { x: 60, y: 700, size: 18, font: f });
    return doc.save();
  }
  async function apply(u: string, itemName: string, form: Record<string, unknown>) {
    const c = await (await who[u]!.b.fetch('/api/cases', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf, 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ itemCode: await codeOf(itemName), form }),
    })).json();
    const fd = new FormData();
    fd.append('file', new Blob([new Uint8Array(await samplePdf(2))], { type: 'application/pdf' }), '申请书.pdf');
    const up = await who[u]!.b.fetch(`/api/cases/${c.id}/materials/0`, { method: 'POST', headers: { 'x-csrf-token': who[u]!.csrf }, body: fd });
    expect(up.status).toBe(201);
    await provideRequiredMaterials(who[u]!.b, who[u]!.csrf, c.id);
    return c;
  }
  /** Waits for the version to be built ("生成中" until then) and downloads it as the applicant. */
  async function download(u: string, caseId: string, version: number) {
    await expect.poll(async () => (await ok(u, 'GET', `/api/cases/${caseId}/documents/application`)).items.find((d: { version: number }) => d.version === version)?.status, { timeout: 60_000, interval: 250 }).toBe('ready');
    const res = await who[u]!.b.fetch(`/api/cases/${caseId}/documents/application/${version}/file`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    return new Uint8Array(await res.arrayBuffer());
  }

  it('J1: pre-review passed → stamped PDF with the form in Chinese; the window clerk scans it, sees the case and confirms the paper', async () => {
    const c = await apply('hefei-bio', '实验动物生产许可证核发', { ...labAnimalProductionForm(), strains: '申请生产 SPF 级小鼠' });
    await act('item-manager', c.id, 'pass_initial');
    await drawAndAnswer(who, 'item-manager', c.id); // the expert pre-review
    expect((await ok('hefei-bio', 'GET', `/api/cases/${c.id}/documents/application`)).items).toEqual([]);
    await act('item-manager', c.id, 'pass_prereview');
    const docs = (await ok('hefei-bio', 'GET', `/api/cases/${c.id}/documents/application`)).items;
    expect(docs).toHaveLength(1);
    expect(['pending', 'building', 'ready']).toContain(docs[0].status);
    const pdf = await download('hefei-bio', c.id, 1);
    const listed = (await ok('hefei-bio', 'GET', `/api/cases/${c.id}/documents/application`)).items[0];
    expect(listed).toMatchObject({ version: 1, status: 'ready', current: true, qr: true, watermark: '预审通过' });
    expect(listed.sha256).toBe((await import('node:crypto')).createHash('sha256').update(pdf).digest('hex'));
    const file = path.join(dir, 'j1.pdf');
    writeFileSync(file, pdf);
    expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-']).toString()).toContain('申请生产 SPF 级小鼠');
    // Answers read as on the case page (option labels, units); the licence the system fetches is not "missing".
    const listing = execFileSync('pdftotext', ['-f', '1', '-l', '3', file, '-']).toString();
    for (const s of ['无特定病原体级（SPF）', '1200 平方米', '50000 只', '电子证照库获取']) expect(listing).toContain(s);
    for (let n = 1; n <= listed.pages; n++) expect(execFileSync('pdftotext', ['-raw', '-f', String(n), '-l', String(n), file, '-']).toString().replace(/\s+/g, '')).toContain('预审通过');
    // Another applicant cannot download it.
    expect((await who['ah-tech']!.b.fetch(`/api/cases/${c.id}/documents/application/1/file`)).status).toBe(404);

    const token = qrOnPage(pdf, 2);
    // Not yet accepted online: the scan shows the case but no receipt action.
    const early = await ok('window-clerk', 'POST', '/api/paper/scan', { code: token });
    expect(early).toMatchObject({ kind: 'application', case: { id: c.id, caseNo: c.caseNo, applicantName: '合肥某某生物科技有限公司', creditCode: expect.stringMatching(/^[0-9A-Z]{18}$/) }, document: { version: 1, page: 2, current: true }, action: null });
    await act('item-manager', c.id, 'accept_online');
    // A USB scanner types the token followed by Enter; stray whitespace is fine.
    const scanned = await ok('window-clerk', 'POST', '/api/paper/scan', { code: ` ${token}\n` });
    expect(scanned.action).toEqual({ key: 'confirm_paper', label: '确认收到纸质材料，受理完成' });
    expect(scanned.materials[0]).toMatchObject({ status: '已上传（申请书.pdf）' });
    const moved = await ok('window-clerk', 'POST', '/api/paper/confirm', { code: token });
    expect(moved).toMatchObject({ id: c.id, state: 'inspection' });
    const events = (await ok('hefei-bio', 'GET', `/api/cases/${c.id}/timeline`)).events.map((e: { action: string }) => e.action);
    expect(events).toContain('扫码查验纸质材料（第 1 版第 2 页）');
    expect(events).toContain('确认收到纸质材料，受理完成');
    // Applicants cannot use the desk.
    expect((await call('hefei-bio', 'POST', '/api/paper/scan', { code: token })).status).toBe(403);
  });

  it('refuses altered and foreign tokens, and recognises a printout of an older version', async () => {
    const c = await apply('hefei-bio', '实验动物使用许可证核发', labAnimalUseForm());
    await act('item-manager', c.id, 'pass_initial');
    await drawAndAnswer(who, 'item-manager', c.id); // the expert pre-review
    await act('item-manager', c.id, 'pass_prereview');
    const v1 = qrOnPage(await download('hefei-bio', c.id, 1), 1);
    // One character changed, a token signed with another key, and plain garbage.
    const altered = v1.slice(0, 10) + (v1[10] === 'A' ? 'B' : 'A') + v1.slice(11);
    for (const code of [altered, 'K1' + Buffer.alloc(37, 7).toString('base64url'), 'hello']) {
      const r = await call('window-clerk', 'POST', '/api/paper/scan', { code });
      expect(r.status).toBe(422);
      expect(r.json).toMatchObject({ code: 'DOC_TOKEN_INVALID', message: expect.stringContaining('二维码无效') });
    }
    expect((await call('window-clerk', 'POST', '/api/paper/confirm', { code: altered })).json.code).toBe('DOC_TOKEN_INVALID');

    await act('item-manager', c.id, 'accept_online');
    expect((await ok('item-manager', 'POST', `/api/cases/${c.id}/documents/application/regenerate`)).version).toBe(2);
    const v2pdf = await download('hefei-bio', c.id, 2);
    const old = await ok('window-clerk', 'POST', '/api/paper/scan', { code: v1 });
    expect(old).toMatchObject({ document: { version: 1, current: false, latestVersion: 2 }, action: null });
    const refused = await call('window-clerk', 'POST', '/api/paper/confirm', { code: v1 });
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ code: 'DOC_VERSION_OUTDATED', message: expect.stringContaining('旧版本') });
    expect((await ok('window-clerk', 'POST', '/api/paper/confirm', { code: qrOnPage(v2pdf, 1) })).state).toBe('inspection');
    const events = (await ok('hefei-bio', 'GET', `/api/cases/${c.id}/timeline`)).events.map((e: { action: string }) => e.action);
    expect(events).toContain('扫码查验纸质材料（第 1 版第 1 页，旧版本）');
  });

  it('J2: the service point batches printouts, prints the manifest, mails it; the receiving unit checks it in, flags missing and unexpected', async () => {
    const cases = [];
    for (const note of ['甲', '乙', '丙']) {
      const c = await apply('ah-tech', '高新技术企业认定', { ...highTechForm(), mainProducts: `高企认定${note}：工业视觉检测设备` });
      await act('item-manager', c.id, 'pass_initial');
      const token = qrOnPage(await download('ah-tech', c.id, 1), 1);
      cases.push({ ...c, token, pages: (await ok('ah-tech', 'GET', `/api/cases/${c.id}/documents/application`)).items[0].pages as number });
    }
    const [a, b, x] = cases as [typeof cases[0], typeof cases[0], typeof cases[0]];
    const batch = await ok('service-point', 'POST', '/api/paper/batches');
    expect(batch).toMatchObject({ status: 'open', items: [] });
    await ok('service-point', 'POST', `/api/paper/batches/${batch.id}/items`, { code: a.token });
    await ok('service-point', 'POST', `/api/paper/batches/${batch.id}/items`, { code: a.token }); // scanned twice: once in
    const filled = await ok('service-point', 'POST', `/api/paper/batches/${batch.id}/items`, { code: b.token });
    expect(filled.items.map((i: { caseNo: string }) => i.caseNo)).toEqual([a.caseNo, b.caseNo]);
    // The receiving unit cannot batch; a batch cannot be mailed without a proper tracking number.
    expect((await call('receiving-unit', 'POST', `/api/paper/batches/${batch.id}/items`, { code: x.token })).status).toBe(403);
    expect((await call('service-point', 'POST', `/api/paper/batches/${batch.id}/mail`, { courier: '中国邮政 EMS', trackingNo: '坏' })).status).toBe(400);

    const manifest = await who['service-point']!.b.fetch(`/api/paper/batches/${batch.id}/manifest`);
    expect(manifest.status).toBe(200);
    const manifestPdf = new Uint8Array(await manifest.arrayBuffer());
    writeFileSync(path.join(dir, 'manifest.pdf'), manifestPdf);
    const text = execFileSync('pdftotext', [path.join(dir, 'manifest.pdf'), '-']).toString();
    for (const s of ['纸质申请材料移交清单', batch.batchNo, a.caseNo, b.caseNo]) expect(text).toContain(s);
    expect(text).not.toContain(x.caseNo);

    const mailed = await ok('service-point', 'POST', `/api/paper/batches/${batch.id}/mail`, { courier: '中国邮政 EMS', trackingNo: 'EA123456789CN' });
    expect(mailed).toMatchObject({ status: 'mailed', courier: '中国邮政 EMS', trackingNo: 'EA123456789CN' });
    expect((await ok('ah-tech', 'GET', `/api/cases/${a.id}`)).state).toBe('in_transit');
    expect((await call('service-point', 'POST', `/api/paper/batches/${batch.id}/items`, { code: x.token })).json.code).toBe('BATCH_NOT_OPEN');

    // The receiving unit scans the manifest's QR code, then the printouts in the parcel: a, and x (not on the manifest).
    const scannedBatch = await ok('receiving-unit', 'POST', '/api/paper/scan', { code: qrOnPage(manifestPdf, 1, 'top') });
    expect(scannedBatch).toMatchObject({ kind: 'batch', batch: { id: batch.id, batchNo: batch.batchNo, status: 'mailed', totalPages: a.pages + b.pages } });
    const got = await ok('receiving-unit', 'POST', `/api/paper/batches/${batch.id}/check`, { code: a.token });
    expect(got).toMatchObject({ outcome: 'received', case: { id: a.id, state: 'expert_review' } });
    const stray = await ok('receiving-unit', 'POST', `/api/paper/batches/${batch.id}/check`, { code: x.token });
    expect(stray.outcome).toBe('unexpected');
    const closed = await ok('receiving-unit', 'POST', `/api/paper/batches/${batch.id}/close`);
    expect(Object.fromEntries(closed.items.map((i: { caseNo: string; outcome: string }) => [i.caseNo, i.outcome]))).toEqual({ [a.caseNo]: 'received', [b.caseNo]: 'missing', [x.caseNo]: 'unexpected' });
    expect(closed.status).toBe('received');
    expect((await ok('ah-tech', 'GET', `/api/cases/${b.id}`)).state).toBe('in_transit');
    const timeline = async (id: string) => (await ok('ah-tech', 'GET', `/api/cases/${id}/timeline`)).events.map((e: { action: string }) => e.action);
    expect(await timeline(a.id)).toEqual(expect.arrayContaining([`受理点扫码收件，编入批次 ${batch.batchNo}（第 1 版，共 ${a.pages} 页）`, '受理点收件并寄出', `代收单位扫码签收（批次 ${batch.batchNo}）`, '代收单位确认收到，受理完成']));
    expect(await timeline(b.id)).toContain(`代收单位签收批次 ${batch.batchNo}：未见此件纸质材料`);
    expect((await timeline(x.id)).some((e: string) => e.includes('不在移交清单上'))).toBe(true);
  });

  it('J2: a printout of a mailed batch confirmed at the desk (without the manifest) is checked in on the batch too', async () => {
    const c = await apply('ah-tech', '高新技术企业认定', { ...highTechForm(), mainProducts: '高企认定丁：工业视觉检测设备' });
    await act('item-manager', c.id, 'pass_initial');
    const token = qrOnPage(await download('ah-tech', c.id, 1), 1);
    const batch = await ok('service-point', 'POST', '/api/paper/batches');
    await ok('service-point', 'POST', `/api/paper/batches/${batch.id}/items`, { code: token });
    await ok('service-point', 'POST', `/api/paper/batches/${batch.id}/mail`, { courier: '顺丰速运', trackingNo: 'SF0000000001' });

    const moved = await ok('receiving-unit', 'POST', '/api/paper/confirm', { code: token });
    expect(moved).toMatchObject({ id: c.id, state: 'expert_review' });
    const after = await ok('receiving-unit', 'GET', `/api/paper/batches/${batch.id}`);
    expect(after.items).toMatchObject([{ caseId: c.id, outcome: 'received' }]);
    // Closing the batch later does not call it missing.
    const closed = await ok('receiving-unit', 'POST', `/api/paper/batches/${batch.id}/close`);
    expect(closed.items).toMatchObject([{ caseId: c.id, outcome: 'received' }]);
    const events = (await ok('ah-tech', 'GET', `/api/cases/${c.id}/timeline`)).events as Array<{ action: string; opinion: string | null }>;
    expect(events.find((e) => e.action === '代收单位确认收到，受理完成')?.opinion).toContain(`批次 ${batch.batchNo}`);
    expect(events.some((e) => e.action.includes('未见此件'))).toBe(false);
  });
});
