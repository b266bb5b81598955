// 好差评 over HTTP with real logins, on each engine: one rating per concluded case (and per
// visit by QR), a reason below 基本满意, the real-name bad rating followed up to the rater's
// confirmation, escalation when overdue, anonymous ratings counted without a follow-up,
// appeals decided by a supervisor, and figures computed from the records.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInClients, type Client } from './support/browserless-login.ts';
import { genericForm } from './support/application-forms.ts';
import { engines } from './support/databases.ts';
import { concludedCase as concluded } from './support/concluded-case.ts';
import { TEST_ADMIN_TOKEN } from './support/app.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { occurrence, runDay } from './support/jobs.ts';
import { FEEDBACK_JOB } from '../server/modules/feedback/jobs.ts';

describe.each(engines)('ratings on %s', (engine) => {
  let t: ListeningApp;
  // Tuesday 2026-09-29, China time: five working days later crosses the National Day holiday
  // (1–7 October) and its 调休 Saturday (10 October): the follow-up is due on Monday 12 October.
  let now = new Date('2026-09-29T02:00:00Z');
  const setNow = (at: Date) => void (now = at);
  const who: Record<string, Client> = {};
  const users = ['hefei-bio', 'ah-institute', 'zhangsan', 'item-manager', 'decision-maker', 'manager-decider', 'supervisor', 'admin'];
  let itemCode: string;

  const call = async (u: string | null, method: string, path: string, body?: unknown) => {
    const init: RequestInit = { method, headers: { 'content-type': 'application/json', ...(u ? { 'x-csrf-token': who[u]!.csrf } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) };
    const res = u ? await who[u]!.b.fetch(path, init) : await fetch(`${t.url}${path}`, init);
    return { status: res.status, body: await res.json() };
  };

  /** A case of 大型科学仪器设备共享共用补助 (条件财务处), applied for and concluded; not open to rating before. */
  const concludedCase = (applicant: string) =>
    concluded(who, applicant, itemCode, {
      form: genericForm('申请大型科学仪器设备共享共用补助。'),
      beforeAccept: async (id) => expect(await call(applicant, 'POST', `/api/cases/${id}/rating`, { level: 5 })).toMatchObject({ status: 409, body: { code: 'RATING_NOT_OPEN' } }),
    });

  beforeAll(async () => {
    t = await listeningApp(engine, { now: () => now });
    Object.assign(who, await signInClients(t.url, users));
    const list = await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent('大型科学仪器设备共享共用补助')}`)).json();
    itemCode = list.items[0].code;
  }, 120_000);
  afterAll(async () => t.close());

  const count = async (table: 'rating' | 'rating_followup') => (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.db.database.db)).rows[0]!.n;

  it('rates a concluded case once; a bad rating needs a reason and opens a follow-up due in working days', async () => {
    const c = await concludedCase('hefei-bio');
    const before = await count('rating');
    // Someone else's case is not there for them; a bad rating without a reason is refused; nothing stored.
    expect((await call('zhangsan', 'POST', `/api/cases/${c.id}/rating`, { level: 5 })).status).toBe(404);
    expect(await call('hefei-bio', 'POST', `/api/cases/${c.id}/rating`, { level: 2, comment: '' })).toMatchObject({ status: 400, body: { code: 'RATING_REASON_REQUIRED' } });
    expect(await call('hefei-bio', 'POST', `/api/cases/${c.id}/rating`, { level: 6 })).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(await call('hefei-bio', 'POST', `/api/cases/${c.id}/rating`, { level: 4, stars: 3 })).toMatchObject({ status: 400 });
    expect(await count('rating')).toBe(before);

    // Two clicks at once: one rating.
    const body = { level: 2, tags: ['办理时间长'], comment: '审核时间比承诺的长', indicators: { overall: 2, efficiency: 1 } };
    const [a, b] = await Promise.all([call('hefei-bio', 'POST', `/api/cases/${c.id}/rating`, body), call('hefei-bio', 'POST', `/api/cases/${c.id}/rating`, body)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const rating = (a.status === 201 ? a : b).body;
    expect((a.status === 409 ? a : b).body.code).toBe('RATING_EXISTS');
    expect(rating).toMatchObject({ level: 2, levelLabel: '不满意', office: '条件财务处', anonymous: false, channel: '1', followup: { state: 'open', deadline: '2026-10-12' } });
    expect(await count('rating')).toBe(before + 1);

    // The applicant may add to it, nobody else; the case page shows it.
    expect((await call('hefei-bio', 'POST', `/api/ratings/${rating.id}/additions`, { comment: '补充：窗口解释得很耐心' })).body.additions).toHaveLength(1);
    expect((await call('zhangsan', 'POST', `/api/ratings/${rating.id}/additions`, { comment: '不是我的' })).status).toBe(404);
    expect((await call('item-manager', 'GET', `/api/cases/${c.id}/rating`)).body.rating.additions[0].comment).toBe('补充：窗口解释得很耐心');
  });

  it('follows a real-name bad rating up to the rater’s confirmation, within the responsible office', async () => {
    const c = await concludedCase('ah-institute');
    const rating = (await call('ah-institute', 'POST', `/api/cases/${c.id}/rating`, { level: 1, tags: ['多次跑动'], comment: '要求提交纸质材料两次' })).body;
    const id = rating.followup.id as string;
    // The office sees it; another office's staff do not; the supervisor sees every office's.
    expect((await call('item-manager', 'GET', '/api/feedback/followups?state=open')).body.items.map((x: { id: string }) => x.id)).toContain(id);
    expect((await call('manager-decider', 'GET', '/api/feedback/followups')).body.items.map((x: { id: string }) => x.id)).not.toContain(id);
    expect((await call('manager-decider', 'GET', `/api/feedback/followups/${id}`)).status).toBe(404);
    expect((await call('supervisor', 'GET', '/api/feedback/followups')).body.items.map((x: { id: string }) => x.id)).toContain(id);
    expect((await call('zhangsan', 'GET', '/api/feedback/followups')).status).toBe(403);

    // Steps in order only; a stale version is refused.
    let f = (await call('item-manager', 'GET', `/api/feedback/followups/${id}`)).body;
    expect(await call('item-manager', 'POST', `/api/feedback/followups/${id}/steps`, { action: 'rectify', expectedVersion: f.version, actionTaken: '已整改' })).toMatchObject({ status: 409, body: { code: 'FOLLOWUP_STATE' } });
    expect((await call('ah-institute', 'POST', `/api/feedback/followups/${id}/response`, { expectedVersion: f.version, satisfied: true })).body.code).toBe('FOLLOWUP_STATE');
    f = (await call('item-manager', 'POST', `/api/feedback/followups/${id}/steps`, { action: 'callback', expectedVersion: f.version, callbackNote: '已电话回访申请人', problem: '纸质材料重复提交' })).body;
    expect(f.state).toBe('called_back');
    expect((await call('decision-maker', 'POST', `/api/feedback/followups/${id}/steps`, { action: 'rectify', expectedVersion: f.version - 1, actionTaken: '取消重复提交' })).body.code).toBe('FOLLOWUP_CHANGED');
    f = (await call('decision-maker', 'POST', `/api/feedback/followups/${id}/steps`, { action: 'rectify', expectedVersion: f.version, actionTaken: '网上预审通过的材料不再要求重复提交纸质件' })).body;
    expect(f.state).toBe('rectified');
    // Only the rater confirms: the office cannot close it for them.
    expect((await call('item-manager', 'POST', `/api/feedback/followups/${id}/response`, { expectedVersion: f.version, satisfied: true })).status).toBe(403);
    f = (await call('ah-institute', 'POST', `/api/feedback/followups/${id}/response`, { expectedVersion: f.version, satisfied: true, note: '问题已解决' })).body;
    expect(f).toMatchObject({ state: 'confirmed', stateLabel: '申请人已确认' });
    expect(f.closedAt).not.toBeNull();
    expect(f.events.map((e: { kind: string }) => e.kind)).toEqual(['opened', 'called_back', 'rectified', 'confirmed']);
  });

  it('escalates overdue follow-ups once, counts anonymous ratings without a follow-up', async () => {
    const c = await concludedCase('zhangsan');
    const followupsBefore = await count('rating_followup');
    const anon = (await call('zhangsan', 'POST', `/api/cases/${c.id}/rating`, { level: 1, tags: ['系统不好用'], anonymous: true })).body;
    expect(anon).toMatchObject({ anonymous: true, raterName: null, followup: null });
    expect(await count('rating_followup')).toBe(followupsBefore);

    const c2 = await concludedCase('hefei-bio');
    const bad = (await call('hefei-bio', 'POST', `/api/cases/${c2.id}/rating`, { level: 2, tags: ['材料要求多'] })).body;
    try {
      // The daily job, run by the job runner: not on the deadline itself, the day after it.
      await runDay(t.jobs, setNow, '2026-10-12');
      expect((await occurrence(t.jobs, FEEDBACK_JOB.escalateFollowups, '2026-10-12'))?.done_at).toBeInstanceOf(Date);
      expect((await call('supervisor', 'GET', `/api/feedback/followups/${bad.followup.id}`)).body).toMatchObject({ overdue: false, escalated: false });
      await runDay(t.jobs, setNow, '2026-10-13');
      expect((await occurrence(t.jobs, FEEDBACK_JOB.escalateFollowups, '2026-10-13'))?.done_at).toBeInstanceOf(Date);
      await runDay(t.jobs, setNow, '2026-10-14'); // once only
      const f = (await call('supervisor', 'GET', `/api/feedback/followups/${bad.followup.id}`)).body;
      expect(f).toMatchObject({ overdue: true, escalated: true });
      expect(f.events.filter((e: { kind: string }) => e.kind === 'escalated')).toHaveLength(1);
      expect(f.events.at(-1)).toMatchObject({ kind: 'escalated', actor: 'system' });
      const notices = await sql<{ n: number }>`select count(*)::int as n from outbox_message where topic = 'notice.supervisor' and idempotency_key = ${`followup:${bad.followup.id}:escalated`}`.execute(t.db.database.db);
      expect(notices.rows[0]!.n).toBe(1);
      expect((await call('supervisor', 'GET', '/api/feedback/followups?escalated=true')).body.items.map((x: { id: string }) => x.id)).toContain(bad.followup.id);
    } finally {
      now = new Date('2026-09-29T02:00:00Z');
    }
  });

  it('rates a window by QR once per visit; a phone number makes it real-name', async () => {
    expect((await call(null, 'GET', '/api/rate/points/W-HALL-01')).body).toMatchObject({ kind: 'window', office: '安徽省政务服务中心科技厅窗口' });
    expect(await call(null, 'GET', '/api/rate/points/NO-SUCH')).toMatchObject({ status: 404, body: { code: 'RATING_POINT_NOT_FOUND' } });
    // Neither signed in, nor a phone, nor a device token: who is rating?
    expect(await call(null, 'POST', '/api/rate/points/W-HALL-01', { level: 5 })).toMatchObject({ status: 400, body: { code: 'RATER_REQUIRED' } });
    const visitToken = 'device-token-0123456789';
    const first = await call(null, 'POST', '/api/rate/points/W-HALL-01', { level: 5, visitToken, indicators: { serviceAttitude: 5 } });
    expect(first).toMatchObject({ status: 201, body: { channel: '3', anonymous: true, followup: null } });
    expect(await call(null, 'POST', '/api/rate/points/W-HALL-01', { level: 4, visitToken })).toMatchObject({ status: 409, body: { code: 'RATING_EXISTS' } });
    // Online indicators are not on-site ones.
    expect((await call(null, 'POST', '/api/rate/points/W-HALL-02', { level: 5, visitToken, indicators: { usability: 5 } })).status).toBe(400);
    const real = await call(null, 'POST', '/api/rate/points/W-HALL-02', { level: 1, phone: '13800138000', name: '钱八', tags: ['服务态度差'] });
    expect(real).toMatchObject({ status: 201, body: { anonymous: false, raterName: '钱*', followup: { state: 'open' } } });
    // A signed-in person: one per day at a point; stopped points refuse ratings.
    expect((await call('zhangsan', 'POST', '/api/rate/points/O-CONDFIN', { level: 4 })).status).toBe(201);
    expect((await call('zhangsan', 'POST', '/api/rate/points/O-CONDFIN', { level: 3 })).status).toBe(409);
    expect((await call('admin', 'PATCH', '/api/admin/rating-points/O-HIGHTECH', { active: false })).body.active).toBe(false);
    expect((await call('zhangsan', 'POST', '/api/rate/points/O-HIGHTECH', { level: 4 })).status).toBe(404);
    expect((await call('zhangsan', 'GET', '/api/admin/rating-points')).status).toBe(403);
    expect((await call('admin', 'GET', '/api/admin/rating-points')).body.items.map((p: { code: string }) => p.code)).toContain('W-HALL-01');
    // The operations token manages the catalogue, not rating points.
    expect((await fetch(`${t.url}/api/admin/rating-points`, { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } })).status).toBe(403);
  });

  it('lets an office appeal; an upheld appeal withdraws the follow-up and leaves the figures', async () => {
    const figures = async () => (await call('supervisor', 'GET', '/api/feedback/figures')).body;
    const before = await figures();
    const c = await concludedCase('hefei-bio');
    const r = (await call('hefei-bio', 'POST', `/api/cases/${c.id}/rating`, { level: 1, comment: '评价错了窗口' })).body;
    const mid = await figures();
    expect(mid.total).toBe(before.total + 1);
    expect(mid.byLevel['1']).toBe(before.byLevel['1'] + 1);
    expect((await call('manager-decider', 'POST', `/api/ratings/${r.id}/appeal`, { reason: '不是本处室办理的事项' })).status).toBe(404);
    const appeal = (await call('item-manager', 'POST', `/api/ratings/${r.id}/appeal`, { reason: '申请人评价的是另一部门的窗口服务' })).body;
    expect((await call('item-manager', 'POST', `/api/ratings/${r.id}/appeal`, { reason: '再次申诉一下' })).body.code).toBe('APPEAL_EXISTS');
    expect((await call('item-manager', 'POST', `/api/feedback/appeals/${appeal.id}/decision`, { upheld: true, note: '同意' })).status).toBe(403);
    expect((await call('supervisor', 'GET', '/api/feedback/appeals')).body.items.map((a: { id: string }) => a.id)).toContain(appeal.id);
    expect((await call('supervisor', 'POST', `/api/feedback/appeals/${appeal.id}/decision`, { upheld: true, note: '经核实，评价对象有误' })).body.state).toBe('upheld');
    expect((await call('supervisor', 'POST', `/api/feedback/appeals/${appeal.id}/decision`, { upheld: false, note: '改判' })).body.code).toBe('APPEAL_DECIDED');
    const f = (await call('supervisor', 'GET', `/api/feedback/followups/${r.followup.id}`)).body;
    expect(f.state).toBe('withdrawn');
    const after = await figures();
    expect(after.total).toBe(before.total);
    expect(after.byLevel['1']).toBe(before.byLevel['1']);
    // The figures are the records: recount by hand.
    const rows = await sql<{ level: number; n: number }>`
      select r.level, count(*)::int as n from rating r
      where not exists (select 1 from rating_appeal a where a.rating_id = r.id and a.state = 'upheld') group by r.level`.execute(t.db.database.db);
    const hand = Object.fromEntries(rows.rows.map((x) => [String(x.level), x.n]));
    for (const l of ['1', '2', '3', '4', '5']) expect(after.byLevel[l]).toBe(hand[l] ?? 0);
    const satisfied = (hand['5'] ?? 0) + (hand['4'] ?? 0) + (hand['3'] ?? 0);
    expect(after.satisfactionRate).toBeCloseTo(satisfied / after.total, 10);
    expect(after.rectificationRate).toBeGreaterThan(0);
  });
});
