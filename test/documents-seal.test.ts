// Electronic seals, sealed documents and electronic licences over HTTP with real logins, on
// each engine: an admin makes the demo seal; J1's acceptance and decision seal automatically
// (自动用印) — the licence PDF passes pdfsig, shows its Chinese text and the red seal, and its QR
// code verifies on the public API; a forged code is refused; revocation shows at once; staff
// seal a refusal notice by hand; J3's approval document is sealed; every use is logged.
import { sm2 } from 'sm-crypto-v2';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highTechForm, labAnimalProductionForm, labAnimalUseForm, programmeProjectForm } from './support/application-forms.ts';
import { signInClients, type Client } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { DEMO_EXPERTS, drawAndAnswer } from './support/expert-panels.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { provideRequiredMaterials } from './support/materials.ts';
import { decodeQr, pdfsig, pdfText, redPixels, renderPage } from './support/pdf-tools.ts';

describe.each(engines)('seals and licences on %s', (engine) => {
  let t: ListeningApp;
  let sealId: string;
  const who: Record<string, Client> = {};
  const users = ['hefei-bio', 'ah-institute', 'ah-tech', 'item-manager', 'decision-maker', 'window-clerk', 'service-point', 'receiving-unit', 'admin', 'zhangsan', ...DEMO_EXPERTS.map((a) => a.username)];

  beforeAll(async () => {
    t = await listeningApp(engine);
    Object.assign(who, await signInClients(t.url, users));
  }, 120_000);
  afterAll(async () => t.close());

  const codeOf = async (name: string) => (await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent(name)}`)).json()).items.find((i: { name: string }) => i.name === name).code as string;
  const send = (u: string, method: string, path: string, body?: unknown) =>
    who[u]!.b.fetch(path, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf }, body: body === undefined ? undefined : JSON.stringify(body) });
  const post = async (u: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await who[u]!.b.fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf, ...headers }, body: JSON.stringify(body) });
    const json = await res.json();
    if (res.status >= 300) throw new Error(`${u} POST ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const getJson = async (u: string, path: string) => (await who[u]!.b.fetch(path)).json();
  const bytes = async (u: string, path: string) => {
    const res = await who[u]!.b.fetch(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    return Buffer.from(await res.arrayBuffer());
  };
  const verify = (code: string) => fetch(`${t.url}/api/verify/licence`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });

  /** Plays the steps in order; each is [who, action, opinion?] ('@experts': draw and answer). */
  async function play(applicant: string, itemName: string, form: Record<string, unknown>, steps: Array<[string, string, string?]>) {
    let c = await post(applicant, '/api/cases', { itemCode: await codeOf(itemName), form }, { 'idempotency-key': crypto.randomUUID() });
    await provideRequiredMaterials(who[applicant]!.b, who[applicant]!.csrf, c.id); // the materials guard before acceptance
    for (const [u, action, opinion] of steps) {
      if (u === '@experts') {
        await drawAndAnswer(who, 'item-manager', c.id, { opinion: '材料真实完整，同意。' }); // the expertsAnswered guard
        continue;
      }
      const seen = await getJson(u, `/api/cases/${c.id}`);
      c = await post(u, `/api/cases/${c.id}/actions/${action}`, { opinion, expectedVersion: seen.version });
    }
    return c;
  }
  const documentsOf = async (caseId: string, n: number) => {
    await expect.poll(async () => (await getJson('hefei-bio', `/api/cases/${caseId}/documents`)).length, { timeout: 30_000, interval: 250 }).toBeGreaterThanOrEqual(n);
    return getJson('hefei-bio', `/api/cases/${caseId}/documents`);
  };

  it('lets only admins manage seals; the demo seal is made with its certificate and usage rules', async () => {
    expect((await send('decision-maker', 'POST', '/api/admin/seals/demo', { organization: '安徽省科学技术厅', allowedRoles: ['decision_maker'] })).status).toBe(403);
    const res = await send('admin', 'POST', '/api/admin/seals/demo', { organization: '安徽省科学技术厅', purpose: '行政审批专用章', allowedRoles: ['decision_maker', 'item_manager', 'system'] });
    expect(res.status).toBe(201);
    const seal = await res.json();
    sealId = seal.id;
    expect(seal).toMatchObject({ name: '安徽省科学技术厅行政审批专用章', imageType: 'pdf', allowedItems: [], active: true });
    expect(seal.certificate.subject).toContain('CN=安徽省科学技术厅行政审批专用章');
    // The private key is stored encrypted, never in clear.
    const row = (await sql<{ k: Uint8Array }>`select key_ciphertext as k from seal where id = ${sealId}`.execute(t.db.database.db)).rows[0]!;
    expect(Buffer.from(row.k).toString('latin1')).not.toContain('BEGIN');
    const bad = await send('admin', 'POST', '/api/admin/seals/import', { name: '坏证书', p12: Buffer.from('not a p12').toString('base64'), password: 'x', png: Buffer.from('x').toString('base64'), allowedRoles: ['decision_maker'] });
    expect(bad.status).toBe(400);
    const sealImage = await who.admin!.b.fetch(`/api/admin/seals/${sealId}/image`);
    const look = await renderPage(Buffer.from(await sealImage.arrayBuffer()), 150);
    expect(redPixels(look)).toBeGreaterThan(2000); // the red ring, star and characters are drawn
  });

  let licenceCode = '';
  let licenceId = '';

  it('J1: acceptance and the licence are sealed automatically; the licence PDF is valid, readable, red-sealed and its QR verifies', async () => {
    // species 01/02 are 小鼠/大鼠 and grades ['spf'] is 无特定病原体级（SPF） in the item's form
    const form = { ...labAnimalProductionForm(), species: ['01', '02'], grades: ['spf'], facilityAddress: '合肥市高新区望江西路 800 号 B 座 3 层' };
    const c = await play('hefei-bio', '实验动物生产许可证核发', form, [
      ['item-manager', 'pass_initial'], ['@experts', 'draw'], ['item-manager', 'pass_prereview', '预审通过'], ['item-manager', 'accept_online'],
      ['window-clerk', 'confirm_paper'], ['@experts', 'draw'], ['item-manager', 'finish_inspection', '现场验收合格'], ['decision-maker', 'approve'],
    ]);
    expect(c.state).toBe('licensed');
    const docs = await documentsOf(c.id, 2);
    expect(docs.map((d: { kind: string }) => d.kind).sort()).toEqual(['acceptance_notice', 'licence']);
    expect(docs.every((d: { automatic: boolean; deliveredAt: string | null }) => d.automatic && d.deliveredAt)).toBe(true);
    const licenceDoc = docs.find((d: { kind: string }) => d.kind === 'licence');

    const pdf = await bytes('hefei-bio', `/api/cases/${c.id}/documents/${licenceDoc.id}/file`);
    const report = await pdfsig(pdf);
    expect(report).toContain('Signature Type: adbe.pkcs7.detached');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    const text = await pdfText(pdf);
    for (const s of ['实验动物生产许可证', 'SCXK（皖）', '合肥某某生物科技有限公司', '小鼠、大鼠（无特定病原体级（SPF））', '发证机关：安徽省科学技术厅']) expect(text).toContain(s);
    const page = await renderPage(pdf, 150);
    expect(redPixels(page)).toBeGreaterThan(2000);
    const qr = decodeQr(page);
    expect(qr).toMatch(/\/verify\?c=KZTL1\./);

    // One byte of the signed content changed: pdfsig no longer accepts it.
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('/MediaBox [ 0 0 841.89');
    tampered[at + 16] = '7'.charCodeAt(0);
    expect(await pdfsig(tampered)).not.toContain('Signature is Valid.');

    const v = await verify(qr!);
    expect(v.status).toBe(200);
    const verified = await v.json();
    expect(verified).toMatchObject({ method: 'signed_code', signature: 'verified', licence: { status: 'valid', statusLabel: '有效', holderName: '合肥某某生物科技有限公司', scope: { species: ['小鼠', '大鼠'], grade: '无特定病原体级（SPF）', facilityAddress: '合肥市高新区望江西路 800 号 B 座 3 层' } } });
    const [y, m, d] = (verified.licence.issueDate as string).split('-').map(Number);
    expect(verified.licence.validUntil).toBe(new Date(Date.UTC(y! + 5, m! - 1, d!) - 86_400_000).toISOString().slice(0, 10)); // five years
    licenceCode = qr!.slice(qr!.indexOf('KZTL1.'));

    // The applicant's first download is on the timeline (once), with the delivery.
    await bytes('hefei-bio', `/api/cases/${c.id}/documents/${licenceDoc.id}/file`);
    const timeline = (await getJson('hefei-bio', `/api/cases/${c.id}/timeline`)).events as Array<{ kind: string; action: string }>;
    expect(timeline.filter((e) => e.kind === 'document.delivered').map((e) => e.action)).toEqual(['自动用印，出具并送达：受理通知书（电子签章）', '自动用印，出具并送达：实验动物生产许可证（电子签章）']);
    expect(timeline.filter((e) => e.kind === 'document.downloaded')).toHaveLength(1);
    const after = (await getJson('hefei-bio', `/api/cases/${c.id}/documents`)).find((d: { kind: string }) => d.kind === 'licence');
    expect(after.firstDownloadedAt).not.toBeNull();

    // Holders see it; the 免提交 API lists valid ones.
    const mine = await getJson('hefei-bio', '/api/licences/mine?valid=true');
    expect(mine.items.map((l: { code: string }) => l.code)).toContain(licenceCode);
    licenceId = mine.items.find((l: { code: string }) => l.code === licenceCode).id;
    expect((await getJson('ah-institute', '/api/licences/mine')).total).toBe(0);
    expect((await who['ah-institute']!.b.fetch(`/api/licences/${licenceId}`)).status).toBe(404);
  });

  it('verifies offline with the published SM2 key; forged and altered codes are refused clearly', async () => {
    const keys = await (await fetch(`${t.url}/api/licences/public-keys`)).json();
    expect(keys).toMatchObject({ algorithm: 'SM2', digest: 'SM3', userId: '1234567812345678' });
    const [prefix, payload, sig] = licenceCode.split('.');
    const data = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
    const pub = keys.keys.find((k: { keyId: string }) => k.keyId === data[0]).publicKey;
    expect(sm2.doVerifySignature(new TextEncoder().encode(`${prefix}.${payload}`), Buffer.from(sig!, 'base64url').toString('hex'), pub, { hash: true, userId: keys.userId })).toBe(true);

    data[6] = '2099-12-31'; // a longer validity
    const altered = `${prefix}.${Buffer.from(JSON.stringify(data)).toString('base64url')}.${sig}`;
    const res = await verify(altered);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'LICENCE_CODE_INVALID', message: '证照码无效：签名校验未通过，可能被伪造或篡改' });
    const forger = sm2.generateKeyPairHex();
    const forgedSig = sm2.doSignature(new TextEncoder().encode(`${prefix}.${payload}`), forger.privateKey, { hash: true, userId: keys.userId });
    expect((await verify(`${prefix}.${payload}.${Buffer.from(forgedSig, 'hex').toString('base64url')}`)).status).toBe(422);
    expect((await verify('SCXK（皖）2099-9999')).status).toBe(404);
  });

  it('shows a revocation on /verify at once, by code and by typed number; revoking needs the role and a reason', async () => {
    const no = (await (await verify(licenceCode)).json()).licence.licenceNo as string;
    expect((await send('item-manager', 'POST', `/api/admin/licences/${licenceId}/revoke`, { reason: '违规使用' })).status).toBe(403);
    expect((await send('decision-maker', 'POST', `/api/admin/licences/${licenceId}/revoke`, {})).status).toBe(400);
    const revoked = await send('decision-maker', 'POST', `/api/admin/licences/${licenceId}/revoke`, { reason: '设施条件发生变化，不再符合许可条件' });
    expect(revoked.status).toBe(200);
    expect((await send('decision-maker', 'POST', `/api/admin/licences/${licenceId}/revoke`, { reason: '再次注销' })).status).toBe(409);
    for (const code of [licenceCode, no, no.replace('（', '(').replace('）', ')').toLowerCase()]) {
      const v = await (await verify(code)).json();
      expect(v.licence).toMatchObject({ status: 'revoked', statusLabel: '已注销', revokeReason: '设施条件发生变化，不再符合许可条件' });
    }
    expect((await getJson('hefei-bio', '/api/licences/mine?valid=true')).items.map((l: { id: string }) => l.id)).not.toContain(licenceId);
  });

  it('staff seal a refusal notice by hand when the seal allows their role; others are told there is no seal for them', async () => {
    const c = await play('hefei-bio', '实验动物使用许可证核发', labAnimalUseForm(), [['item-manager', 'reject', '申请单位不具备实验动物设施，不属于许可范围。']]);
    expect(c.state).toBe('refused');
    expect((await send('window-clerk', 'POST', `/api/cases/${c.id}/documents`, { kind: 'refusal_notice' })).status).toBe(409); // the seal does not allow window clerks
    expect((await send('item-manager', 'POST', `/api/cases/${c.id}/documents`, { kind: 'licence' })).status).toBe(409); // no step of this case issues a licence
    expect((await send('hefei-bio', 'POST', `/api/cases/${c.id}/documents`, { kind: 'refusal_notice' })).status).toBe(403);
    // The case page offers staff the documents still to be sealed by hand: this step's refusal, nothing else.
    expect(await getJson('item-manager', `/api/cases/${c.id}/documents/to-issue`)).toEqual({ kinds: ['refusal_notice'] });
    expect((await who['hefei-bio']!.b.fetch(`/api/cases/${c.id}/documents/to-issue`)).status).toBe(403);
    const issued = await send('item-manager', 'POST', `/api/cases/${c.id}/documents`, { kind: 'refusal_notice' });
    expect(issued.status).toBe(201);
    const doc = await issued.json();
    expect(doc).toMatchObject({ kind: 'refusal_notice', title: '不予受理通知书', automatic: false });
    const again = await (await send('item-manager', 'POST', `/api/cases/${c.id}/documents`, { kind: 'refusal_notice' })).json();
    expect(again.id).toBe(doc.id); // one document per step
    expect(await getJson('item-manager', `/api/cases/${c.id}/documents/to-issue`)).toEqual({ kinds: [] });
    const pdf = await bytes('hefei-bio', `/api/cases/${c.id}/documents/${doc.id}/file`);
    expect(await pdfsig(pdf)).toContain('Signature is Valid.');
    const text = await pdfText(pdf);
    expect(text).toContain('不予受理通知书');
    expect(text).toContain('理由：申请单位不具备实验动物设施，不属于许可范围。');
    expect(redPixels(await renderPage(pdf))).toBeGreaterThan(500);
    expect((await who.zhangsan!.b.fetch(`/api/cases/${c.id}/documents/${doc.id}/file`)).status).toBe(404);
  });

  it('J3: the approval is sealed automatically; every use of the seal is in its append-only log', async () => {
    const c = await play('ah-institute', '科技计划项目立项', { ...programmeProjectForm(), projectName: '长江流域实验动物资源共享平台建设' }, [
      ['item-manager', 'pass_formal'], ['@experts', 'draw'], ['item-manager', 'finish_review', '同意立项'], ['item-manager', 'end_publicity'], ['decision-maker', 'approve'],
    ]);
    await expect.poll(async () => (await getJson('ah-institute', `/api/cases/${c.id}/documents`)).length, { timeout: 30_000, interval: 250 }).toBe(1);
    const [doc] = await getJson('ah-institute', `/api/cases/${c.id}/documents`);
    expect(await getJson('item-manager', `/api/cases/${c.id}/documents/to-issue`)).toEqual({ kinds: [] }); // sealed by the system, nothing by hand
    const pdf = await bytes('ah-institute', `/api/cases/${c.id}/documents/${doc.id}/file`);
    expect(await pdfsig(pdf)).toContain('Signature is Valid.');
    expect(await pdfText(pdf)).toContain('“长江流域实验动物资源共享平台建设”项目');
    // The applicant is told the document is there (文书可下载: inbox, SMS), once per document.
    const ready = await sql<{ key: string; payload: { vars: { documentName: string } } }>`select idempotency_key as key, payload from outbox_message where topic = 'notice.document_ready' and payload->>'caseId' = ${c.id}`.execute(t.db.database.db);
    expect(ready.rows).toEqual([{ key: `notice:document:${doc.id}`, payload: expect.objectContaining({ vars: { documentName: '项目立项通知' } }) }]);

    const usage = await getJson('admin', `/api/admin/seals/${sealId}/usage?pageSize=50`);
    expect(usage.total).toBe(4);
    expect(usage.items.map((u: { kind: string; automatic: boolean }) => `${u.kind}:${u.automatic}`).sort()).toEqual(['acceptance_notice:true', 'licence:true', 'project_approval:true', 'refusal_notice:false']);
    expect(usage.items.find((u: { kind: string }) => u.kind === 'refusal_notice').actor).toMatch(/^person:/);
    expect(usage.items.find((u: { kind: string }) => u.kind === 'licence').actor).toBe('system:auto-seal');
    await expect(sql`update seal_usage set actor = 'someone'`.execute(t.db.database.db)).rejects.toThrow(/append-only/);
    const audited = await sql<{ n: number }>`select count(*)::int as n from audit_event where action = 'seal.used' and subject_id = ${sealId}`.execute(t.db.database.db);
    expect(audited.rows[0]!.n).toBe(4);
  });

  it('J2: the recognition is sealed automatically as the 高新技术企业认定通知书', async () => {
    const c = await play('ah-tech', '高新技术企业认定', highTechForm(), [
      ['item-manager', 'pass_initial'], ['service-point', 'service_point_received'], ['receiving-unit', 'confirm_receipt'],
      ['@experts', 'draw'], ['item-manager', 'finish_review', '创新能力评价 84 分，符合认定条件'], ['item-manager', 'end_publicity'], ['decision-maker', 'approve'],
    ]);
    expect(c.state).toBe('recognized');
    await expect.poll(async () => (await getJson('ah-tech', `/api/cases/${c.id}/documents`)).length, { timeout: 30_000, interval: 250 }).toBe(1);
    const [doc] = await getJson('ah-tech', `/api/cases/${c.id}/documents`);
    expect(doc).toMatchObject({ kind: 'recognition_notice', title: '高新技术企业认定通知书', automatic: true });
    const pdf = await bytes('ah-tech', `/api/cases/${c.id}/documents/${doc.id}/file`);
    expect(await pdfsig(pdf)).toContain('Signature is Valid.');
    const text = (await pdfText(pdf)).replace(/\s+/g, '');
    for (const s of ['高新技术企业认定通知书', '安徽某某智能科技股份有限公司', '认定你单位为高新技术企业', '有效期为三年', '皖科审高〔', c.caseNo]) expect(text).toContain(s);
  });
});
