// The outward flows end to end on each engine, with every outside system played by its
// stand-in over real HTTP/SMTP: a case's life mirrored on the platform in order; the platform
// failing for a while and recovering loses nothing; reconciliation re-sends what the platform
// lost; a listed applicant stopped at acceptance until a decision maker overrides with a
// reason; SMS (with receipts and failover) and e-mail with the right text, and the inbox; a
// department's program without the scope refused, with the scope answered and audited.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrationConfigFrom, integrationEnvSchema } from '../server/modules/integration/config.ts';
import { startCreditStandin, type CreditStandin } from '../server/modules/integration/standins/credit.ts';
import { startPlatformStandin, type PlatformStandin } from '../server/modules/integration/standins/platform.ts';
import { startSmsGatewayStandin, type SmsGatewayStandin } from '../server/modules/integration/standins/sms-gateway.ts';
import { startSmtpStandin, type SmtpStandin } from '../server/modules/integration/standins/smtp.ts';
import { genericForm, labAnimalUseForm } from './support/application-forms.ts';
import { signInClients, type Client } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { DEMO_EXPERTS, drawAndAnswer } from './support/expert-panels.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { provideRequiredMaterials } from './support/materials.ts';
import { until } from './support/until.ts';

const LISI_ID = '340103199209150020';
const GATEWAY_TOKEN = 'gateway-token-123';

describe.each(engines)('integration journeys on %s', (engine) => {
  let t: ListeningApp;
  let platform: PlatformStandin;
  let smsA: SmsGatewayStandin;
  let smsB: SmsGatewayStandin;
  let smtp: SmtpStandin;
  let credit: CreditStandin;
  let itemCode: string;
  const who: Record<string, Client> = {};

  const post = async (u: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await who[u]!.b.fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf, ...headers }, body: JSON.stringify(body) });
    return { status: res.status, body: res.status === 204 ? null : await res.json() };
  };
  const put = async (u: string, path: string, body: unknown) => {
    const res = await who[u]!.b.fetch(path, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };
  const get = async (u: string, path: string) => {
    const res = await who[u]!.b.fetch(path);
    return { status: res.status, body: await res.json() };
  };
  let seq = 0;
  const submit = async (u: string) => {
    const r = await post(u, '/api/cases', { itemCode, form: genericForm() }, { 'idempotency-key': `journey-${engine}-${++seq}` });
    expect(r.status).toBe(201);
    await provideRequiredMaterials(who[u]!.b, who[u]!.csrf, r.body.id); // acceptance needs them (materialsComplete)
    return r.body as { id: string; caseNo: string; version: number };
  };
  const act = async (u: string, id: string, action: string, opinion?: string) => {
    const r = await post(u, `/api/cases/${id}/actions/${action}`, opinion ? { opinion } : {});
    return r;
  };
  const outbox = (key: string) => t.db.database.db.selectFrom('outbox_message').selectAll().where('idempotency_key', '=', key).executeTakeFirst();

  beforeAll(async () => {
    platform = await startPlatformStandin();
    smsA = await startSmsGatewayStandin({ name: 'sms-a', token: GATEWAY_TOKEN });
    smsB = await startSmsGatewayStandin({ name: 'sms-b', token: GATEWAY_TOKEN });
    smtp = await startSmtpStandin();
    credit = await startCreditStandin({ listed: { [LISI_ID]: [{ listKind: 'judgment_defaulter', name: '李四', reason: '有履行能力而拒不履行生效法律文书确定义务', listedOn: '2026-03-01', authority: '合肥市中级人民法院' }] } });
    const integration = integrationConfigFrom(integrationEnvSchema.parse({
      STANDINS: 'false', OUTBOX_POLL_MS: '50', OUTBOX_BACKOFF_BASE_SECONDS: '0.2', OUTBOX_BACKOFF_MAX_SECONDS: '0.5', OUTBOX_MAX_ATTEMPTS: '50', REMOTE_TIMEOUT_MS: '2000', NOTICE_SMS_PER_HOUR: '8',
      PLATFORM_URL: platform.url, SMS_GATEWAYS: `sms-a=${smsA.url},sms-b=${smsB.url}`, SMS_GATEWAY_TOKEN: GATEWAY_TOKEN, SMTP_URL: smtp.url, CREDIT_URL: credit.url,
    }));
    t = await listeningApp(engine, { integration });
    const list = await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent('科技成果登记')}`)).json();
    itemCode = list.items[0].code;
    Object.assign(who, await signInClients(t.url, ['zhangsan', 'lisi', 'item-manager', 'decision-maker', 'admin', 'hefei-bio', ...DEMO_EXPERTS.map((a) => a.username)]));
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await Promise.all([platform, smsA, smsB, smtp, credit].map((s) => s?.close()));
  });

  it("mirrors a case's whole life on the platform, in order", async () => {
    const c = await submit('zhangsan');
    expect((await act('item-manager', c.id, 'request_correction', '请补充成果鉴定证书')).status).toBe(200);
    expect((await act('zhangsan', c.id, 'resubmit')).status).toBe(200);
    expect((await act('item-manager', c.id, 'accept')).status).toBe(200);
    expect((await act('decision-maker', c.id, 'approve')).status).toBe(200);
    const mine = () => platform.received.filter((r) => r.caseNo === c.caseNo);
    await until('five pushes', () => mine().length === 5);
    const got = mine();
    expect(got.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(got.map((r) => r.status)).toEqual(['1', '1', '1', '2', '3']);
    expect(got.map((r) => r.step.action)).toEqual(['提交申请', '退回补正', '提交补正材料', '受理', '准予']);
    expect(got[1]!.step).toMatchObject({ result: '5', opinion: '请补充成果鉴定证书', handler: '周敏' });
    expect(got[0]).toMatchObject({ implementCode: itemCode, basicCode: itemCode.slice(-12), applicant: { name: '张三', type: '1', certType: '111', certNo: '340102198506120011' }, acceptTime: null, conclusion: null });
    expect(got[3]!.acceptTime).not.toBeNull();
    expect(got[3]!.promisedDeadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(got[4]!.conclusion).toMatchObject({ result: '0' });
  });

  it('loses nothing while the platform fails for a while, then recovers', async () => {
    platform.behaviour.mode = 'fail';
    const cases = [await submit('zhangsan'), await submit('zhangsan')];
    expect((await act('item-manager', cases[0]!.id, 'accept')).status).toBe(200);
    await until('failed attempts', async () => ((await outbox(`case:${cases[0]!.id}:submitted`))?.attempts ?? 0) >= 2);
    expect((await outbox(`case:${cases[0]!.id}:submitted`))?.last_error).toContain('503');
    platform.behaviour.mode = 'timeout';
    await new Promise((r) => setTimeout(r, 2500));
    platform.behaviour.mode = 'ok';
    const keys = [`case:${cases[0]!.id}:submitted`, `case:${cases[0]!.id}:v2`, `case:${cases[1]!.id}:submitted`];
    await until('all delivered', () => keys.every((k) => platform.received.some((r) => r.idempotencyKey === k)));
    const c0 = platform.received.filter((r) => r.caseNo === cases[0]!.caseNo).map((r) => r.seq);
    expect(c0).toEqual([1, 2]);
    for (const k of keys) expect((await outbox(k))?.dead_at).toBeNull();
  });

  it('reconciles: a case the platform lost is found, re-sent, and the report kept', async () => {
    const c = await submit('zhangsan');
    await until('delivered', () => platform.received.some((r) => r.caseNo === c.caseNo));
    await until('marked delivered', async () => (await outbox(`case:${c.id}:submitted`))?.delivered_at != null);
    platform.forget(c.caseNo);
    const run = await post('admin', '/api/admin/platform/reconciliations', {});
    expect(run.status).toBe(201);
    expect(run.body.missing).toBeGreaterThanOrEqual(1);
    expect(run.body.details).toContainEqual({ caseNo: c.caseNo, ours: 1, theirs: null });
    await until('re-sent', () => platform.received.some((r) => r.caseNo === c.caseNo));
    const again = await post('admin', '/api/admin/platform/reconciliations', {});
    expect(again.body.details.find((d: { caseNo: string }) => d.caseNo === c.caseNo)).toBeUndefined();
    expect((await get('admin', '/api/admin/platform/reconciliations')).body.total).toBeGreaterThanOrEqual(2);
    expect((await post('item-manager', '/api/admin/platform/reconciliations', {})).status).toBe(403);
  });

  it('stops a listed applicant at acceptance; a decision maker lets it go on with a reason on record', async () => {
    const c = await submit('lisi');
    const refused = await act('item-manager', c.id, 'accept');
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'GUARD_FAILED', details: { guard: 'creditClear', credit: 'listed' } });
    expect(refused.body.message).toContain('失信');
    const view = await get('item-manager', `/api/cases/${c.id}/credit`);
    expect(view.body.latest).toMatchObject({ result: 'listed', source: 'platform', stage: 'accept', entries: [{ listKind: 'judgment_defaulter', name: '李四' }] });
    expect(view.body.canOverride).toBe(false);
    expect(credit.queries.some((q) => q.subjectCode === LISI_ID && q.purpose === c.caseNo)).toBe(true);
    expect((await post('item-manager', `/api/cases/${c.id}/credit/override`, { reason: '我自己放行' })).status).toBe(403);
    expect((await post('decision-maker', `/api/cases/${c.id}/credit/override`, { reason: '短' })).status).toBe(400);
    const over = await post('decision-maker', `/api/cases/${c.id}/credit/override`, { reason: '法院已出具履行完毕证明，名单尚未更新' });
    expect(over.status).toBe(200);
    expect(over.body.overrides[0]).toMatchObject({ reason: '法院已出具履行完毕证明，名单尚未更新' });
    expect((await act('item-manager', c.id, 'accept')).status).toBe(200);
    const audit = await t.db.database.db.selectFrom('audit_event').select(['action', 'data']).where('subject_id', '=', c.id).where('action', '=', 'credit.override').execute();
    expect(audit).toHaveLength(1);
  });

  it('sends SMS and e-mail with the right text, follows receipts honestly, fails over, and fills the inbox', async () => {
    expect((await put('zhangsan', '/api/me/notice-preferences', { sms: true, email: true, emailAddress: 'zhangsan@example.cn' })).status).toBe(200);
    const c = await submit('zhangsan');
    expect((await act('item-manager', c.id, 'request_correction', '请补充营业执照复印件')).status).toBe(200);
    await until('an SMS', () => smsA.messages.some((m) => m.content.includes(c.caseNo)));
    const sms = smsA.messages.find((m) => m.content.includes(c.caseNo))!;
    expect(sms.mobile).toBe('13800000001');
    expect(sms.content).toBe(`【科政通】您申请的“科技成果登记”（办件编号${c.caseNo}）需要补正材料：请补充营业执照复印件。请登录科政通查看一次性告知内容并补正。`);
    await until('an e-mail', () => smtp.mails.some((m) => m.subject.includes(c.caseNo)));
    const mail = smtp.mails.find((m) => m.subject.includes(c.caseNo))!;
    expect(mail.to).toEqual(['zhangsan@example.cn']);
    expect(mail.subject).toBe(`办件${c.caseNo}需要补正材料`);
    expect(mail.text).toContain('补正内容：请补充营业执照复印件');
    // The gateway's receipt turns "sent" into "delivered"; e-mail stays "sent" (SMTP has no receipt).
    const deliveries = async () => (await get('admin', '/api/admin/notice-deliveries?pageSize=100')).body.items.filter((d: { title: string }) => d.title.includes(c.caseNo));
    await until('delivered receipt', async () => (await deliveries()).some((d: { channel: string; status: string }) => d.channel === 'sms' && d.status === 'delivered'));
    const ds = await deliveries();
    expect(ds.find((d: { channel: string }) => d.channel === 'sms')).toMatchObject({ addressMasked: '138****0001', gateway: 'sms-a' });
    expect(ds.find((d: { channel: string }) => d.channel === 'email')).toMatchObject({ status: 'sent', addressMasked: 'z***@example.cn' });
    const inbox = await get('zhangsan', '/api/me/notices');
    expect(inbox.body.items[0]).toMatchObject({ kind: 'correction_requested', title: `办件${c.caseNo}需要补正材料`, caseId: c.id, read: false });
    expect((await post('zhangsan', `/api/me/notices/${inbox.body.items[0].id}/read`, {})).status).toBe(204);
    expect((await post('lisi', `/api/me/notices/${inbox.body.items[0].id}/read`, {})).status).toBe(404);

    // Gateway A down: the next notice goes through B. No receipt from B: after the time limit it is "unknown", not delivered.
    smsA.behaviour.mode = 'fail';
    smsB.receipts.mode = 'none';
    await put('zhangsan', '/api/me/notice-preferences', { sms: true, email: false, emailAddress: null });
    expect((await act('zhangsan', c.id, 'resubmit')).status).toBe(200);
    expect((await act('item-manager', c.id, 'accept')).status).toBe(200);
    await until('an SMS through B', () => smsB.messages.some((m) => m.content.includes(c.caseNo) && m.content.includes('已受理')));
    await until('sent through B', async () => (await deliveries()).some((d: { gateway: string; status: string }) => d.gateway === 'sms-b' && d.status === 'sent'));
    await sql`update notice_delivery set sent_at = now() - interval '2 hours' where gateway = 'sms-b'`.execute(t.db.database.db);
    expect(await t.integration.notices.expireReceipts(30)).toBeGreaterThanOrEqual(1);
    expect((await deliveries()).find((d: { gateway: string }) => d.gateway === 'sms-b')).toMatchObject({ status: 'unknown', error: '超时未收到送达回执' });
    smsA.behaviour.mode = 'ok';
    smsB.receipts.mode = 'delivered';
  });

  it('lets administrators edit templates (unknown placeholders refused) and stops SMS floods', async () => {
    const tpl = await put('admin', '/api/admin/notice-templates/accepted', { label: '已受理', smsText: '【科政通】办件{caseNo}已受理，请留意{deadline}。', emailSubject: '办件{caseNo}已受理', emailBody: '{applicantName}：已受理。' });
    expect(tpl.status).toBe(200);
    expect((await put('admin', '/api/admin/notice-templates/accepted', { label: '已受理', smsText: '办件{caseNumber}', emailSubject: 'x{caseNo}', emailBody: 'yy' })).body.code).toBe('NOTICE_TEMPLATE_INVALID');
    expect((await put('item-manager', '/api/admin/notice-templates/accepted', tpl.body)).status).toBe(403);
    // lisi's rate: at most 8 SMS an hour (NOTICE_SMS_PER_HOUR); the inbox still gets everything.
    for (let i = 0; i < 10; i++) {
      const c = await submit('lisi');
      expect((await act('item-manager', c.id, 'accept')).status).toBe(422); // listed: see the credit journey
      await post('decision-maker', `/api/cases/${c.id}/credit/override`, { reason: '测试：名单信息待更新，先行受理' });
      expect((await act('item-manager', c.id, 'accept')).status).toBe(200);
    }
    await until('inbox filled', async () => (await get('lisi', '/api/me/notices?pageSize=50')).body.total >= 11);
    const lisiSms = () => [...smsA.messages, ...smsB.messages].filter((m) => m.mobile === '13800000002');
    await until('rate-limited deliveries', async () => (await get('admin', '/api/admin/notice-deliveries?status=rate_limited')).body.total >= 3);
    expect(lisiSms()).toHaveLength(8);
    expect(lisiSms().some((m) => /^【科政通】办件\d+已受理，请留意\d{4}-\d{2}-\d{2}。$/.test(m.content))).toBe(true);
  });

  it('checks against the imported list (CSV) when the credit platform is down; a bad file stores nothing', async () => {
    const bad = await post('admin', '/api/admin/credit/list', { fileName: 'bad.csv', csv: '主体代码,名称,名单类型\n340102198506120012,某某,严重失信主体\n' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('第 2 行');
    const csv = '\uFEFF主体代码,名称,名单类型,列入原因,列入日期,认定机关\n340102198506120011,张三,严重失信主体,虚假申报科技项目,2026-01-15,安徽省科学技术厅\n';
    expect((await post('item-manager', '/api/admin/credit/list', { fileName: 'list.csv', csv })).status).toBe(403);
    expect((await post('admin', '/api/admin/credit/list', { fileName: 'list-2026-06.csv', csv })).body).toMatchObject({ imported: 1 });
    credit.behaviour.mode = 'fail';
    try {
      const c = await submit('zhangsan');
      const r = await act('item-manager', c.id, 'accept');
      expect(r.status).toBe(422);
      const view = await get('item-manager', `/api/cases/${c.id}/credit`);
      expect(view.body.latest).toMatchObject({ result: 'listed', source: 'list (信用平台不可用)', entries: [{ listKind: 'serious_dishonesty', reason: '虚假申报科技项目' }] });
      // The item's rule may only flag a listed applicant: then the case goes on, the result stays on record.
      expect((await put('admin', `/api/admin/credit/rules/${itemCode}`, { onListed: 'flag' })).status).toBe(200);
      expect((await act('item-manager', c.id, 'accept')).status).toBe(200);
    } finally {
      credit.behaviour.mode = 'ok';
      await put('admin', `/api/admin/credit/rules/${itemCode}`, { onListed: 'stop' });
      await sql`delete from credit_list_entry`.execute(t.db.database.db);
    }
  });

  it('publishes a licensing decision (行政许可) to the credit platform (双公示) through the outbox', async () => {
    const list = await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent('实验动物使用许可证核发')}`)).json();
    const code = list.items[0].code;
    const r = await post('hefei-bio', '/api/cases', { itemCode: code, form: labAnimalUseForm() }, { 'idempotency-key': `licence-${engine}` });
    expect(r.status).toBe(201);
    const id = r.body.id;
    await provideRequiredMaterials(who['hefei-bio']!.b, who['hefei-bio']!.csrf, id);
    for (const [u, a, o] of [['item-manager', 'pass_initial'], ['@experts', ''], ['item-manager', 'pass_prereview'], ['item-manager', 'accept_online'], ['item-manager', 'confirm_paper'], ['@experts', ''], ['item-manager', 'finish_inspection', '现场验收合格'], ['decision-maker', 'approve']] as const) {
      if (u === '@experts') {
        await drawAndAnswer(who, 'item-manager', id); // an expert step as the merged rules want it
        continue;
      }
      const res = await act(u, id, a, o);
      expect(res.status, `${a}: ${JSON.stringify(res.body)}`).toBe(200);
    }
    await until('publicity', () => credit.publicity.some((p) => p.decisionNo === r.body.caseNo));
    const pub = credit.publicity.find((p) => p.decisionNo === r.body.caseNo)!;
    expect(pub).toMatchObject({ itemName: '实验动物使用许可证核发', holderCodeType: '001', decision: '0', authority: code.slice(0, 18), holderName: r.body.applicant.name });
    expect(pub.decidedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers a department program with cases:read, refuses one without, audits both with the purpose', async () => {
    const c = await submit('zhangsan');
    const token = async (id: string, secret: string, scope: string) =>
      (await (await fetch(`${t.url}/idp/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope }),
      })).json()).access_token as string;
    const reader = await token('demo-case-reader', 'Demo-Case-Reader-2026', 'cases:read');
    const sync = await token('demo-catalog-sync', 'Demo-Catalog-Sync-2026', 'catalog:manage');
    const ask = (bearer: string, q: string) => fetch(`${t.url}/api/share/v1/cases/${c.caseNo}${q}`, { headers: { authorization: `Bearer ${bearer}` } });
    expect((await ask(sync, '?purpose=核查企业办件')).status).toBe(403);
    expect((await ask(reader, '')).status).toBe(400);
    const ok = await ask(reader, `?purpose=${encodeURIComponent('市场监管局核查企业资质')}`);
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body).toEqual({ caseNo: c.caseNo, implementCode: itemCode, itemName: '科技成果登记', status: '1', stepName: '待初审', applyTime: expect.any(String), acceptTime: null, promisedDeadline: null, concludeTime: null, conclusion: null });
    expect(JSON.stringify(body)).not.toContain('340102'); // no ID number, no applicant details under this scope
    const audit = await t.db.database.db.selectFrom('audit_event').select(['actor', 'action', 'data']).where('action', 'like', 'share.%').orderBy('id').execute();
    expect(audit).toContainEqual({ actor: 'program:demo-case-reader', action: 'share.case_status', data: { caseNo: c.caseNo, purpose: '市场监管局核查企业资质', found: true } });
    expect(audit.some((a) => a.actor === 'program:demo-catalog-sync' && a.action === 'share.refused')).toBe(true);
    expect((await fetch(`${t.url}/api/share/v1/cases/${c.caseNo}?purpose=xx`)).status).toBe(401);
  });
});
