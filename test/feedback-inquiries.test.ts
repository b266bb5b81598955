// 咨询、投诉、局长信箱 over HTTP on each engine: a message gets a tracking number and goes to the
// item's office (or the kind's default), the first person to take it up stays answerable after
// forwarding (首问负责), the answer is due in working days, shown to the sender and — when the
// office says so — published with the item's questions; overdue messages escalate once.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { occurrence, runDay } from './support/jobs.ts';
import { FEEDBACK_JOB } from '../server/modules/feedback/jobs.ts';

describe.each(engines)('consultations and complaints on %s', (engine) => {
  let t: ListeningApp;
  // Friday 2026-09-25 (China time), itself a day of the Mid-Autumn holiday (25–27 September):
  // five working days run 28, 29, 30 September, then — after the National Day holiday — 8 and
  // 9 October; ten reach the 调休 Saturday 10 October and end on 15 October.
  let now = new Date('2026-09-25T02:00:00Z');
  const setNow = (at: Date) => void (now = at);
  const who: Record<string, { b: Browserless; csrf: string }> = {};
  let labAnimal: string;

  const call = async (u: string | null, method: string, path: string, body?: unknown) => {
    const init: RequestInit = { method, headers: { 'content-type': 'application/json', ...(u ? { 'x-csrf-token': who[u]!.csrf } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) };
    const res = u ? await who[u]!.b.fetch(path, init) : await fetch(`${t.url}${path}`, init);
    return { status: res.status, body: await res.json() };
  };
  const stored = async () => (await sql<{ n: number }>`select count(*)::int as n from inquiry`.execute(t.db.database.db)).rows[0]!.n;

  beforeAll(async () => {
    t = await listeningApp(engine, { now: () => now });
    for (const u of ['zhangsan', 'item-manager', 'manager-decider', 'supervisor']) {
      const b = browserless(t.url);
      await login(b, t.url, u);
      who[u] = { b, csrf: (await (await b.fetch('/api/me')).json()).csrfToken };
    }
    const list = await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent('实验动物生产许可证核发')}`)).json();
    labAnimal = list.items[0].code;
  }, 120_000);
  afterAll(async () => t.close());

  it('routes a question to the item’s office, follows 首问负责 through forwarding and publishes the answer', async () => {
    const before = await stored();
    // Bad input stores nothing.
    expect(await call(null, 'POST', '/api/inquiries', { kind: 'consult', subject: '设施检测报告', content: '检测报告的有效期是多久？需要哪家机构出具？' })).toMatchObject({ status: 400, body: { code: 'INQUIRY_CONTACT_REQUIRED' } });
    expect((await call(null, 'POST', '/api/inquiries', { kind: 'praise', subject: '设施检测报告', content: '检测报告的有效期是多久？', name: '钱八', phone: '13900139000' })).status).toBe(400);
    expect((await call(null, 'POST', '/api/inquiries', { kind: 'consult', subject: '短', content: '太短', name: '钱八', phone: '13900139000' })).status).toBe(400);
    expect((await call(null, 'POST', '/api/inquiries', { kind: 'consult', subject: '设施检测报告', content: '检测报告的有效期是多久？需要哪家机构出具？', itemCode: 'NOPE', name: '钱八', phone: '13900139000' })).body.code).toBe('ITEM_NOT_FOUND');
    expect(await stored()).toBe(before);

    const sent = await call(null, 'POST', '/api/inquiries', { kind: 'consult', subject: '设施检测报告的有效期', content: '检测报告的有效期是多久？需要哪家机构出具？', itemCode: labAnimal, name: '钱八', phone: '13900139000' });
    expect(sent.status).toBe(201);
    const q = sent.body;
    expect(q).toMatchObject({ kind: 'consult', office: '条件财务处', state: 'open', deadline: '2026-10-09' });
    expect(q.trackingNo).toMatch(/^ZX20260925\d{4}$/);
    // The sender tracks it with the number and the phone; a wrong phone learns nothing.
    expect((await call(null, 'GET', `/api/inquiries/track?no=${q.trackingNo}&phone=13900139001`)).status).toBe(404);
    expect((await call(null, 'GET', `/api/inquiries/track?no=${q.trackingNo}&phone=13900139000`)).body.stateLabel).toBe('待处理');

    // The item's office has it; another office does not.
    expect((await call('item-manager', 'GET', '/api/feedback/inquiries?state=open')).body.items.map((x: { id: string }) => x.id)).toContain(q.id);
    expect((await call('manager-decider', 'GET', `/api/feedback/inquiries/${q.id}`)).status).toBe(404);
    let s = (await call('item-manager', 'GET', `/api/feedback/inquiries/${q.id}`)).body;
    expect(s).toMatchObject({ senderName: '钱*', senderPhone: '139****9000' });
    s = (await call('item-manager', 'POST', `/api/feedback/inquiries/${q.id}/claim`, { expectedVersion: s.version })).body;
    expect(s.state).toBe('in_progress');
    expect((await call('item-manager', 'POST', `/api/feedback/inquiries/${q.id}/claim`, { expectedVersion: s.version })).body.code).toBe('INQUIRY_CLAIMED');
    s = (await call('item-manager', 'POST', `/api/feedback/inquiries/${q.id}/forward`, { expectedVersion: s.version, office: '高新技术处', note: '涉及检测机构资质，请高新技术处答复' })).body;
    expect(s.office).toBe('高新技术处');
    // 首问负责: the first handler still sees it and may answer; the new office sees it too.
    expect((await call('item-manager', 'GET', `/api/feedback/inquiries/${q.id}`)).status).toBe(200);
    expect((await call('manager-decider', 'GET', '/api/feedback/inquiries')).body.items.map((x: { id: string }) => x.id)).toContain(q.id);
    expect((await call('manager-decider', 'POST', `/api/feedback/inquiries/${q.id}/answer`, { expectedVersion: s.version - 1, answer: '检测报告应在申请前三个月内出具。' })).body.code).toBe('INQUIRY_CHANGED');
    s = (await call('manager-decider', 'POST', `/api/feedback/inquiries/${q.id}/answer`, { expectedVersion: s.version, answer: '检测报告应在申请前三个月内，由具备资质的检测机构出具。', public: true })).body;
    expect(s).toMatchObject({ state: 'answered', public: true });
    expect(s.events.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'claimed', 'forwarded', 'answered']);
    expect((await call(null, 'GET', `/api/inquiries/track?no=${q.trackingNo}&phone=13900139000`)).body.answer).toContain('三个月内');
    const qa = (await call(null, 'GET', `/api/catalog/items/${labAnimal}/questions`)).body.items;
    expect(qa[0]).toMatchObject({ question: '设施检测报告的有效期' });
    expect((await call('manager-decider', 'POST', `/api/feedback/inquiries/${q.id}/answer`, { expectedVersion: s.version, answer: '再答复一次试试看' })).body.code).toBe('INQUIRY_ANSWERED');
  });

  it('sends a signed-in complaint to the supervising office, lists it for the sender and escalates it when overdue', async () => {
    const c = (await call('zhangsan', 'POST', '/api/inquiries', { kind: 'complaint', subject: '窗口服务态度', content: '窗口工作人员没有一次性告知需要补正的材料。' })).body;
    expect(c).toMatchObject({ office: '政策法规处', deadline: '2026-10-15' });
    expect(c.trackingNo).toMatch(/^TS20260925\d{4}$/);
    expect((await call('zhangsan', 'GET', '/api/inquiries/mine')).body.items.map((x: { id: string }) => x.id)).toContain(c.id);
    expect((await call('zhangsan', 'GET', '/api/feedback/inquiries')).status).toBe(403);
    try {
      // The daily job, run by the job runner: nothing on the deadline day, escalated the day after, once.
      await runDay(t.jobs, setNow, '2026-10-15');
      expect((await occurrence(t.jobs, FEEDBACK_JOB.escalateInquiries, '2026-10-15'))?.done_at).toBeInstanceOf(Date);
      expect((await call('supervisor', 'GET', `/api/feedback/inquiries/${c.id}`)).body).toMatchObject({ overdue: false, escalated: false });
      await runDay(t.jobs, setNow, '2026-10-16');
      expect((await occurrence(t.jobs, FEEDBACK_JOB.escalateInquiries, '2026-10-16'))?.done_at).toBeInstanceOf(Date);
      await runDay(t.jobs, setNow, '2026-10-19');
      const s = (await call('supervisor', 'GET', `/api/feedback/inquiries/${c.id}`)).body;
      expect(s).toMatchObject({ overdue: true, escalated: true });
      const escalations = await sql<{ n: number }>`select count(*)::int as n from outbox_message where idempotency_key = ${`inquiry:${c.id}:escalated`}`.execute(t.db.database.db);
      expect(escalations.rows[0]!.n).toBe(1);
      expect((await call('supervisor', 'GET', '/api/feedback/inquiries?overdue=true')).body.items.map((x: { id: string }) => x.id)).toContain(c.id);
    } finally {
      now = new Date('2026-09-25T02:00:00Z');
    }
  });
});
