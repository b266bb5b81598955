// Data sharing with other departments on each engine, over real HTTP with client-credentials
// tokens from the bundled identity provider: electronic licences by number and holder and the
// verification of a licence QR's signed code (scope licences:read; ID numbers masked; a
// forged code refused); data requests with 3/10-working-day deadlines across the National Day
// holiday and its 调休 Saturday, their transitions, the wrong person refused, the overdue flag;
// every call and change audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPrograms } from '../server/modules/identity/idp/demo-programs.ts';
import { genericForm, labAnimalUseForm } from './support/application-forms.ts';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { staffPrincipal } from './support/principals.ts';

const ZHANGSAN_ID = '340102198506120011';
const PURPOSE = '市场监管局核查企业资质';

describe.each(engines)('data sharing with other departments on %s', (engine) => {
  let t: ListeningApp;
  // Wednesday 30 September 2026, 10:00 in China: the day before the National Day holiday
  // (1–7 October); Saturday 10 October is a working day (调休).
  let now = new Date('2026-09-30T02:00:00Z');
  const who: Record<string, { b: Browserless; csrf: string }> = {};
  const tokens: Record<string, string> = {};
  const licences: Record<'enterprise' | 'person', { licenceNo: string; code: string; id: string }> = {} as never;

  const staff = async (u: string, method: string, path: string, body?: unknown) => {
    const res = await who[u]!.b.fetch(path, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };
  const program = async (clientId: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${t.url}${path}`, { method, headers: { authorization: `Bearer ${tokens[clientId]}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, body: await res.json() };
  };
  const audit = (action: string) => t.db.database.db.selectFrom('audit_event').select(['actor', 'action', 'subject_id', 'data']).where('action', '=', action).orderBy('id').execute();

  /** A licence issued by the licences module itself (numbered, SM2-signed) for a submitted case. */
  async function issueFor(u: string, itemName: string, form: Record<string, unknown>) {
    const list = await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent(itemName)}`)).json();
    const res = await who[u]!.b.fetch('/api/cases', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf, 'idempotency-key': `sharing-${engine}-${u}` },
      body: JSON.stringify({ itemCode: list.items[0].code, form }),
    });
    expect(res.status).toBe(201);
    const c = await t.db.database.db.selectFrom('case_file').selectAll().where('id', '=', (await res.json()).id).executeTakeFirstOrThrow();
    const prepared = await t.documents.licences.prepare(c, '2026-09-01');
    const id = await t.documents.licences.record(t.db.database.db, c, prepared, null as unknown as string); // (no sealed PDF here: the column allows none)
    return { licenceNo: prepared.claims.licenceNo, code: prepared.code, id };
  }

  beforeAll(async () => {
    t = await listeningApp(engine, { now: () => now });
    for (const u of ['zhangsan', 'hefei-bio', 'item-manager', 'decision-maker', 'supervisor', 'window-clerk']) {
      const b = browserless(t.url);
      await login(b, t.url, u);
      who[u] = { b, csrf: (await (await b.fetch('/api/me')).json()).csrfToken };
    }
    for (const p of demoPrograms) {
      const res = await fetch(`${t.url}/idp/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${p.clientId}:${p.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: p.scopes.join(' ') }),
      });
      tokens[p.clientId] = (await res.json()).access_token;
    }
    licences.enterprise = await issueFor('hefei-bio', '实验动物使用许可证核发', labAnimalUseForm());
    licences.person = await issueFor('zhangsan', '科技成果登记', genericForm());
  }, 180_000);
  afterAll(async () => t.close(), 120_000);

  it('refuses licence lookups to a program without licences:read (403, audited) and to nobody (401)', async () => {
    const path = `/api/share/v1/licences/${encodeURIComponent(licences.enterprise.licenceNo)}?purpose=${encodeURIComponent(PURPOSE)}`;
    expect((await program('demo-case-reader', 'GET', path)).status).toBe(403);
    expect((await program('demo-data-requester', 'POST', '/api/share/v1/licences/verify', { code: licences.enterprise.code, purpose: PURPOSE })).status).toBe(403);
    expect((await fetch(`${t.url}${path}`)).status).toBe(401);
    // Nor the staff list with full holder codes: programs go through the audited sharing API.
    expect((await program('demo-licence-reader', 'GET', '/api/admin/licences')).status).toBe(403);
    const refused = await audit('share.refused');
    expect(refused.some((a) => a.actor === 'program:demo-case-reader' && a.subject_id === '/api/share/v1/licences/:licenceNo')).toBe(true);
    expect(refused.some((a) => a.actor === 'program:demo-data-requester' && a.subject_id === '/api/share/v1/licences/verify')).toBe(true);
  });

  it('looks a licence up by number and by holder, masking ID numbers, and audits each call with its purpose', async () => {
    const byNo = await program('demo-licence-reader', 'GET', `/api/share/v1/licences/${encodeURIComponent(licences.enterprise.licenceNo)}?purpose=${encodeURIComponent(PURPOSE)}`);
    expect(byNo.status).toBe(200);
    expect(byNo.body).toMatchObject({ licenceNo: licences.enterprise.licenceNo, title: '实验动物使用许可证', holderCodeType: '001', status: 'valid', statusLabel: '有效', issueDate: '2026-09-01', validUntil: '2031-08-31', issuer: '安徽省科学技术厅' });
    expect(byNo.body).not.toHaveProperty('id');
    expect(byNo.body).not.toHaveProperty('code');
    const creditCode = byNo.body.holderCode as string;
    expect(creditCode).toMatch(/^[0-9A-Z]{18}$/);
    // Half-width brackets as people type them find the same licence.
    const typed = licences.enterprise.licenceNo.replace('（', '(').replace('）', ')');
    expect((await program('demo-licence-reader', 'GET', `/api/share/v1/licences/${encodeURIComponent(typed)}?purpose=${encodeURIComponent(PURPOSE)}`)).body.licenceNo).toBe(licences.enterprise.licenceNo);
    expect((await program('demo-licence-reader', 'GET', `/api/share/v1/licences/${encodeURIComponent(licences.enterprise.licenceNo)}`)).body.code).toBe('SHARE_PURPOSE_REQUIRED');
    expect((await program('demo-licence-reader', 'GET', `/api/share/v1/licences/SYXK-NONE?purpose=${encodeURIComponent(PURPOSE)}`)).status).toBe(404);

    const byHolder = await program('demo-licence-reader', 'GET', `/api/share/v1/licences?holderCode=${creditCode}&purpose=${encodeURIComponent(PURPOSE)}`);
    expect(byHolder.status).toBe(200);
    expect(byHolder.body.items.map((l: { licenceNo: string }) => l.licenceNo)).toEqual([licences.enterprise.licenceNo]);
    const person = await program('demo-licence-reader', 'GET', `/api/share/v1/licences?holderCode=${ZHANGSAN_ID}&purpose=${encodeURIComponent('核查个人持证情况')}`);
    expect(person.status).toBe(200);
    expect(person.body.items).toHaveLength(1);
    expect(person.body.items[0]).toMatchObject({ licenceNo: licences.person.licenceNo, holderCodeType: '111', holderCode: '3401**********0011' });
    expect(JSON.stringify(person.body)).not.toContain(ZHANGSAN_ID);
    expect((await program('demo-licence-reader', 'GET', `/api/share/v1/licences?holderCode=123456789012345678&purpose=${encodeURIComponent(PURPOSE)}`)).status).toBe(400);

    const rows = await audit('share.licence_lookup');
    expect(rows).toContainEqual({ actor: 'program:demo-licence-reader', action: 'share.licence_lookup', subject_id: licences.enterprise.id, data: { by: 'number', licenceNo: licences.enterprise.licenceNo, purpose: PURPOSE, found: true } });
    expect(rows).toContainEqual(expect.objectContaining({ data: { by: 'number', licenceNo: 'SYXK-NONE', purpose: PURPOSE, found: false } }));
    expect(rows).toContainEqual(expect.objectContaining({ data: { by: 'holder', holderCode: creditCode, purpose: PURPOSE, found: 1 } }));
    expect(rows).toContainEqual(expect.objectContaining({ data: { by: 'holder', holderCode: '3401**********0011', purpose: '核查个人持证情况', found: 1 } }));
    // The audit log never holds the full ID number (neither does the refusal log: no query strings).
    const all = await t.db.database.db.selectFrom('audit_event').select(['subject_id', 'data']).where('action', 'like', 'share.%').execute();
    expect(JSON.stringify(all)).not.toContain(ZHANGSAN_ID);
  });

  it('verifies a genuine licence code with its current status and refuses a forged one', async () => {
    const verify = (code: string, purpose: string | null = PURPOSE) => program('demo-licence-reader', 'POST', '/api/share/v1/licences/verify', { code, ...(purpose ? { purpose } : {}) });
    const ok = await verify(`${t.url}/verify?c=${licences.enterprise.code}`);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ valid: true, outcome: 'valid', licence: { licenceNo: licences.enterprise.licenceNo, status: 'valid' } });

    // Forged: the holder's name changed in the signed data, the signature kept.
    const [prefix, payload, sig] = licences.enterprise.code.split('.') as [string, string, string];
    const fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    fields[3] = '冒名顶替有限公司';
    const forged = `${prefix}.${Buffer.from(JSON.stringify(fields)).toString('base64url')}.${sig}`;
    expect((await verify(forged)).body).toEqual({ valid: false, outcome: 'signature_invalid', licence: null });
    expect((await verify('这不是证照二维码')).body).toEqual({ valid: false, outcome: 'not_a_code', licence: null });
    expect((await verify(licences.enterprise.code, null)).body.code).toBe('SHARE_PURPOSE_REQUIRED');

    // Revoked: still genuine, and the answer says its current status.
    await t.documents.licences.revoke(staffPrincipal(['decision_maker']), licences.person.id, '持证人申请注销');
    expect((await verify(licences.person.code)).body).toMatchObject({ valid: true, licence: { status: 'revoked', statusLabel: '已注销', holderCode: '3401**********0011' } });

    const rows = await audit('share.licence_verify');
    expect(rows.map((r) => r.data)).toEqual([
      { licenceNo: licences.enterprise.licenceNo, outcome: 'valid', purpose: PURPOSE },
      { licenceNo: null, outcome: 'signature_invalid', purpose: PURPOSE },
      { licenceNo: null, outcome: 'not_a_code', purpose: PURPOSE },
      { licenceNo: licences.person.licenceNo, outcome: 'valid', purpose: PURPOSE },
    ]);
    expect(rows.every((r) => r.actor === 'program:demo-licence-reader')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('KZTL1.'); // the signed code carries the holder's code: never stored
  });

  const request = (kind: 'direct' | 'approval', subject: string) => ({
    requesterOrg: '安徽省市场监督管理局', contactName: '周七', contactPhone: '0551-62000000', subject,
    legalBasis: '《优化营商环境条例》第三十七条', purpose: '企业信用监管', kind,
  });

  it('takes data requests by API and from staff, due 3 or 10 working days after receipt across the holiday and 调休', async () => {
    expect((await program('demo-licence-reader', 'POST', '/api/share/v1/data-requests', request('direct', '2026 年实验动物许可证发证清单'))).status).toBe(403);
    const direct = await program('demo-data-requester', 'POST', '/api/share/v1/data-requests', request('direct', '2026 年实验动物许可证发证清单'));
    expect(direct.status).toBe(201);
    // Received Wednesday 30 September: 1–7 October are holidays; 8, 9 and Saturday 10 (调休) are the three working days.
    expect(direct.body).toMatchObject({ kind: 'direct', receivedOn: '2026-09-30', deadline: '2026-10-10', state: 'received', stateLabel: '待办理', answer: null });
    expect(direct.body.requestNo).toMatch(/^SJ20260930\d{4}$/);
    expect(direct.body).not.toHaveProperty('events');
    // Ten working days: 8, 9, 10, 12–16, 19, 20 October.
    const approval = await staff('item-manager', 'POST', '/api/data-requests', request('approval', '某企业近三年的项目申报与资金拨付明细'));
    expect(approval.status).toBe(201);
    expect(approval.body).toMatchObject({ channel: 'staff', requesterClient: null, deadline: '2026-10-20', overdue: false, version: 1 });
    expect((await staff('supervisor', 'POST', '/api/data-requests', request('direct', '某企业的办件清单'))).status).toBe(403);
    const received = await audit('data_request.received');
    expect(received.map((r) => r.actor)).toEqual(['program:demo-data-requester', expect.stringMatching(/^person:/)]);
    expect(received[0]!.data).toMatchObject({ requestNo: direct.body.requestNo, purpose: '企业信用监管', deadline: '2026-10-10' });
  });

  it('moves requests through approval, answer and refusal, refuses the wrong person, and lets the requester poll its own', async () => {
    const list = (await staff('item-manager', 'GET', '/api/data-requests?open=true')).body.items as Array<{ id: string; kind: string; version: number; requestNo: string }>;
    const direct = list.find((r) => r.kind === 'direct')!;
    const approval = list.find((r) => r.kind === 'approval')!;
    expect(list.map((r) => r.kind)).toEqual(['direct', 'approval']); // by deadline

    // The approval kind: no answer before approval; only a 审批负责人 approves; the supervisor only reads.
    expect((await staff('item-manager', 'POST', `/api/data-requests/${approval.id}/answer`, { expectedVersion: approval.version, answer: '见附表' })).body.code).toBe('DATA_REQUEST_NOT_APPROVED');
    expect((await staff('item-manager', 'POST', `/api/data-requests/${approval.id}/approve`, { expectedVersion: approval.version })).status).toBe(403);
    expect((await staff('item-manager', 'POST', `/api/data-requests/${approval.id}/refuse`, { expectedVersion: approval.version, reason: '涉及商业秘密' })).status).toBe(403);
    expect((await staff('supervisor', 'POST', `/api/data-requests/${direct.id}/answer`, { expectedVersion: direct.version, answer: '见附表' })).status).toBe(403);
    expect((await staff('window-clerk', 'GET', '/api/data-requests')).status).toBe(403);
    expect((await staff('decision-maker', 'POST', `/api/data-requests/${direct.id}/approve`, { expectedVersion: direct.version })).body.code).toBe('DATA_REQUEST_STATE');
    const approved = await staff('decision-maker', 'POST', `/api/data-requests/${approval.id}/approve`, { expectedVersion: approval.version, note: '同意提供，注意脱敏' });
    expect(approved.body).toMatchObject({ state: 'approved', stateLabel: '已批准，待答复', version: 2 });
    // A stale version loses; the current one answers.
    expect((await staff('item-manager', 'POST', `/api/data-requests/${approval.id}/answer`, { expectedVersion: 1, answer: '见附表' })).body.code).toBe('DATA_REQUEST_CHANGED');
    const answered = await staff('item-manager', 'POST', `/api/data-requests/${approval.id}/answer`, { expectedVersion: 2, answer: '经审批，提供 2023—2025 年项目与资金明细（附表 3 张）。' });
    expect(answered.body).toMatchObject({ state: 'answered', events: [{ kind: 'received' }, { kind: 'approved', note: '同意提供，注意脱敏' }, { kind: 'answered' }] });
    expect((await staff('decision-maker', 'POST', `/api/data-requests/${approval.id}/refuse`, { expectedVersion: 3, reason: '改变主意了' })).body.code).toBe('DATA_REQUEST_STATE');

    // The direct kind: the handler refuses with a reason; the requester polls it.
    const refused = await staff('item-manager', 'POST', `/api/data-requests/${direct.id}/refuse`, { expectedVersion: direct.version, reason: '所请求数据不属于本部门职责范围' });
    expect(refused.body).toMatchObject({ state: 'refused', refuseReason: '所请求数据不属于本部门职责范围' });
    const polled = await program('demo-data-requester', 'GET', `/api/share/v1/data-requests/${direct.id}`);
    expect(polled.body).toMatchObject({ state: 'refused', stateLabel: '不予提供', refuseReason: '所请求数据不属于本部门职责范围', closedAt: expect.any(String) });
    expect(polled.body).not.toHaveProperty('events');
    // Another department's request is not the requester's to see.
    expect((await program('demo-data-requester', 'GET', `/api/share/v1/data-requests/${approval.id}`)).status).toBe(404);
    expect((await program('demo-data-requester', 'GET', '/api/share/v1/data-requests')).body.items.map((r: { id: string }) => r.id)).toEqual([direct.id]);

    // Each change is in the audit log with who made it.
    const changes = await t.db.database.db.selectFrom('audit_event').select(['action', 'subject_id', 'data']).where('action', 'in', ['data_request.approved', 'data_request.answered', 'data_request.refused']).orderBy('id').execute();
    expect(changes.map((c) => [c.action, c.subject_id, (c.data as { to: string }).to])).toEqual([
      ['data_request.approved', approval.id, 'approved'],
      ['data_request.answered', approval.id, 'answered'],
      ['data_request.refused', direct.id, 'refused'],
    ]);
  });

  it('flags a request past its deadline as overdue, once, and shows it to the supervisor', async () => {
    const r = await program('demo-data-requester', 'POST', '/api/share/v1/data-requests', request('direct', '实验动物使用许可证持证单位名单'));
    expect(r.body.deadline).toBe('2026-10-10');
    const id = r.body.id as string;
    now = new Date('2026-10-10T08:00:00Z'); // the last day: not yet overdue
    expect(await t.integration.dataRequests.flagOverdue()).toBe(0);
    expect((await staff('supervisor', 'GET', '/api/data-requests?overdue=true')).body.items).toEqual([]);
    now = new Date('2026-10-11T02:00:00Z'); // Sunday 11 October: past it
    expect(await t.integration.dataRequests.flagOverdue()).toBe(1);
    expect(await t.integration.dataRequests.flagOverdue()).toBe(0);
    const overdue = (await staff('supervisor', 'GET', '/api/data-requests?overdue=true')).body.items;
    expect(overdue.map((x: { id: string }) => x.id)).toEqual([id]);
    expect(overdue[0]).toMatchObject({ overdue: true, overdueFlaggedAt: expect.any(String), events: [{ kind: 'received' }, { kind: 'overdue', actor: 'system' }] });
    expect((await audit('data_request.overdue')).map((a) => a.subject_id)).toEqual([id]);
    // Answered late, it leaves the overdue list.
    await staff('item-manager', 'POST', `/api/data-requests/${id}/answer`, { expectedVersion: overdue[0].version, answer: '名单见附件（共 12 家）。' });
    expect((await staff('supervisor', 'GET', '/api/data-requests?overdue=true')).body.items).toEqual([]);
  });
});
