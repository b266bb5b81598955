// Case timers over HTTP with the demo accounts and a controlled clock, on each engine:
// warnings 3 and 1 working days before the promised deadline and the overdue mark after it,
// across the 2026 Mid-Autumn and National Day holidays and the 10 October 调休 Saturday; the
// supervisors' daily summary; 延期 within the item's limits; 超时默认 of J2's publicity.
// The timers run as they do in production: durable jobs, driven here by runDue().
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInClients, type Client } from './support/browserless-login.ts';
import { adminHeaders } from './support/app.ts';
import { genericForm, highTechForm } from './support/application-forms.ts';
import { engines } from './support/databases.ts';
import { DEMO_EXPERTS, drawAndAnswer } from './support/expert-panels.ts';
import { buildItem } from './support/factories.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { provideRequiredMaterials } from './support/materials.ts';

describe.each(engines)('case timers on %s', (engine) => {
  let t: ListeningApp;
  let clock = new Date('2026-09-21T01:00:00Z');
  /** 09:00 (or the given hour) in China on `day`. */
  const at = (day: string, hour = 9) => (clock = new Date(Date.parse(`${day}T00:00:00Z`) + (hour - 8) * 3_600_000));
  const who: Record<string, Client> = {};
  const users = ['zhangsan', 'ah-tech', 'item-manager', 'decision-maker', 'supervisor', 'service-point', 'receiving-unit', ...DEMO_EXPERTS.map((a) => a.username)];
  let itemCode: string;
  let limitedItemCode: string;
  let scans = 0;

  const call = async (u: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await who[u]!.b.fetch(path, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), 'x-csrf-token': who[u]!.csrf, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
  const ok = async (u: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
    const r = await call(u, method, path, body, headers);
    if (r.status >= 300) throw new Error(`${u} ${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  /** The timers' scan, as the recurring job runs it, then every job it enqueued. */
  const runTimers = async () => {
    await t.jobs.enqueue({ kind: 'case.timers.scan', key: `test-scan-${++scans}`, runAt: clock });
    return t.jobs.runDue();
  };
  const publish = async (content: ReturnType<typeof buildItem>) => {
    const post = (url: string, payload: unknown) => fetch(`${t.url}${url}`, { method: 'POST', headers: { ...adminHeaders, 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    expect((await post('/api/admin/catalog/items', { content })).status).toBe(201);
    expect((await post(`/api/admin/catalog/items/${content.code}/publish`, { version: 1 })).status).toBe(200);
    return content.code;
  };
  /** Warnings and overdue marks on the case's timeline. */
  const timerEvents = async (id: string) =>
    (await ok('zhangsan', 'GET', `/api/cases/${id}/timeline`)).events.filter((e: { kind: string }) => e.kind === 'deadline.warning' || e.kind === 'deadline.overdue');
  /** Applies with a valid form and provides the required materials (acceptance needs them); the case as submitted. */
  const apply = async (u: string, code: string, form: Record<string, unknown> = genericForm('时限测试（测试）')) => {
    const c = await ok(u, 'POST', '/api/cases', { itemCode: code, form }, { 'idempotency-key': crypto.randomUUID() });
    await provideRequiredMaterials(who[u]!.b, who[u]!.csrf, c.id);
    return c;
  };

  beforeAll(async () => {
    t = await listeningApp(engine, { now: () => clock });
    Object.assign(who, await signInClients(t.url, users));
    // Generic workflow; 8 working days promised, 20 statutory; default warnings (3, 1) and extension (once, ≤ 10 days).
    itemCode = await publish(buildItem({ name: '时限测试事项', promisedDays: 8 }));
    limitedItemCode = await publish(buildItem({ name: '时限测试事项（自定义）', promisedDays: 8, deadlinePolicy: { warnWorkingDays: [2], extensionMaxWorkingDays: 4, extensionMaxTimes: 2 } }));
  }, 120_000);
  afterAll(async () => t.close());

  let overdueCaseId: string;

  it('warns 3 and 1 working days before the deadline and marks it overdue after, across the National Day holiday, once each', async () => {
    at('2026-09-21'); // Monday
    const c = await apply('zhangsan', itemCode);
    const accepted = await ok('item-manager', 'POST', `/api/cases/${c.id}/actions/accept`, {});
    // 9/22 23 24 | 中秋 9/25–27 | 28 29 30 | 国庆 10/1–7 | 10/8 → the 8th working day is 9 October.
    expect(accepted.limits).toMatchObject({ promisedDeadline: '2026-10-09', remainingWorkingDays: 8, warned: false, overdue: false, usedWorkingDays: 0 });
    overdueCaseId = c.id;

    const seen: Array<[string, string, number | null]> = [];
    for (let d = new Date('2026-09-22T00:00:00Z'); d <= new Date('2026-10-12T00:00:00Z'); d = new Date(d.getTime() + 86_400_000)) {
      const day = d.toISOString().slice(0, 10);
      at(day, 1);
      await runTimers();
      at(day, 15);
      await runTimers(); // a second scan the same day changes nothing
      const events = await timerEvents(c.id);
      for (const e of events.slice(seen.length)) seen.push([day, e.kind, e.kind === 'deadline.warning' ? Number(/还有 (\d+)/.exec(e.action)?.[1] ?? 0) : null]);
    }
    expect(seen).toEqual([
      ['2026-09-29', 'deadline.warning', 3], // 9/30, 10/8, 10/9 left
      ['2026-10-08', 'deadline.warning', 1], // nothing new during the holiday (2 left throughout)
      ['2026-10-10', 'deadline.overdue', null], // the 调休 Saturday after the deadline
    ]);
    const events = await timerEvents(c.id);
    expect(events.map((e: { actorName: string }) => e.actorName)).toEqual(['系统', '系统', '系统']);
    expect(events[2].action).toBe('已超期：承诺办结日 2026-10-09 已过');

    const now = await ok('zhangsan', 'GET', `/api/cases/${c.id}`);
    expect(now.limits).toMatchObject({ overdue: true, overdueSince: '2026-10-10', warned: false, remainingWorkingDays: -2, usedWorkingDays: 10, suspendedWorkingDays: 0 });
    // The decision maker's queue shows the mark (the workbench colours it).
    const queue = await ok('decision-maker', 'GET', '/api/workbench/queue?pageSize=100');
    expect(queue.items.find((x: { id: string }) => x.id === c.id).limits).toMatchObject({ overdue: true });

    // One notice per warning and per overdue mark, for the integration to deliver (the case's other
    // notices, such as the applicant's notice.accepted, are not the timers').
    const notices = await sql<{ topic: string; payload: Record<string, unknown> }>`select topic, payload from outbox_message where topic like 'notice.deadline.%' and payload->>'caseId' = ${c.id} order by id`.execute(t.db.database.db);
    expect(notices.rows.map((r) => [r.topic, r.payload.level ?? null])).toEqual([
      ['notice.deadline.warning', 3],
      ['notice.deadline.warning', 1],
      ['notice.deadline.overdue', null],
    ]);
    expect(notices.rows[2]!.payload).toMatchObject({ caseNo: c.caseNo, deadline: '2026-10-09', notifyRoles: ['decision_maker', 'supervisor'] });
  });

  it('wrote the supervisors\' daily summary once a day at 08:00 China time, readable by supervisors only', async () => {
    // The timers above ran at 01:00 and 15:00 each day: the recurring summary ran in between, once a day.
    const list = (await ok('supervisor', 'GET', '/api/supervision/deadline-reports?limit=100')).items;
    expect(list).toHaveLength(21);
    expect(list[0].day).toBe('2026-10-12');
    expect(list.at(-1).day).toBe('2026-09-22');
    const report = await ok('supervisor', 'GET', '/api/supervision/deadline-reports/latest');
    expect(report).toMatchObject({ day: '2026-10-12', totals: { running: 1, warned: 0, overdue: 1 } });
    expect(report.items).toEqual([{ itemCode, itemName: '时限测试事项', running: 1, warned: 0, overdue: 1 }]);
    expect((await ok('supervisor', 'GET', '/api/supervision/deadline-reports/2026-10-08')).totals).toEqual({ running: 1, warned: 1, overdue: 0 });
    expect((await call('supervisor', 'GET', '/api/supervision/deadline-reports/2026-09-21')).body.code).toBe('REPORT_NOT_FOUND');
    expect((await call('decision-maker', 'GET', '/api/supervision/deadline-reports/latest')).status).toBe(403);
    const summaries = await sql<{ n: number }>`select count(*)::int as n from outbox_message where topic = 'notice.deadline.summary'`.execute(t.db.database.db);
    expect(summaries.rows[0]!.n).toBe(21);
  });

  it('extends a deadline once, with a reason, within 10 working days, on the calendar', async () => {
    at('2026-10-12');
    const id = overdueCaseId;
    const c = await ok('decision-maker', 'GET', `/api/cases/${id}`);
    expect(await ok('decision-maker', 'GET', `/api/cases/${id}/extension`)).toMatchObject({ maxWorkingDays: 10, maxTimes: 1, extensions: 0, allowed: true });
    // No reason, too long, wrong role: refused, nothing changed.
    expect(await call('decision-maker', 'POST', `/api/cases/${id}/extensions`, { workingDays: 5, reason: ' ' })).toMatchObject({ status: 422, body: { code: 'EXTENSION_REASON_REQUIRED' } });
    expect(await call('decision-maker', 'POST', `/api/cases/${id}/extensions`, { workingDays: 5 })).toMatchObject({ status: 400 });
    expect(await call('decision-maker', 'POST', `/api/cases/${id}/extensions`, { workingDays: 11, reason: '需要补充专家论证' })).toMatchObject({ status: 422, body: { code: 'EXTENSION_TOO_LONG' } });
    expect((await call('item-manager', 'POST', `/api/cases/${id}/extensions`, { workingDays: 5, reason: '需要补充专家论证' })).status).toBe(403);
    expect((await ok('decision-maker', 'GET', `/api/cases/${id}`)).version).toBe(c.version);

    const extended = await ok('decision-maker', 'POST', `/api/cases/${id}/extensions`, { workingDays: 5, reason: '需要补充专家论证', expectedVersion: c.version });
    // 10/9 + 5 working days: 10/10 (调休), 10/12, 13, 14, 15.
    expect(extended.limits).toMatchObject({ promisedDeadline: '2026-10-15', statutoryDeadline: '2026-11-02', extendedWorkingDays: 5, extensions: 1, overdue: false, overdueSince: null, remainingWorkingDays: 3 });
    expect(extended.version).toBe(c.version + 1);
    const ev = (await ok('zhangsan', 'GET', `/api/cases/${id}/timeline`)).events.at(-1);
    expect(ev).toMatchObject({ kind: 'deadline.extended', actorName: '郑洁', opinion: '需要补充专家论证', action: '延期 5 个工作日（承诺办结日 2026-10-09 → 2026-10-15）' });
    expect(await call('decision-maker', 'POST', `/api/cases/${id}/extensions`, { workingDays: 1, reason: '再延一天' })).toMatchObject({ status: 409, body: { code: 'EXTENSION_LIMIT_REACHED' } });
    // The new deadline is warned about afresh (3 working days left today).
    await runTimers();
    expect((await timerEvents(id)).at(-1)).toMatchObject({ kind: 'deadline.warning', action: '到期预警：距承诺办结日还有 3 个工作日（2026-10-15）' });
  });

  it('follows an item\'s own limits: warning days, extension days and times', async () => {
    at('2026-09-21');
    const c = await apply('zhangsan', limitedItemCode);
    await ok('item-manager', 'POST', `/api/cases/${c.id}/actions/accept`, {});
    const ext = (days: number) => call('decision-maker', 'POST', `/api/cases/${c.id}/extensions`, { workingDays: days, reason: '情况复杂' });
    expect((await ext(3)).status).toBe(200);
    expect(await ext(2)).toMatchObject({ status: 422, body: { code: 'EXTENSION_TOO_LONG', message: '该事项延期累计不超过 4 个工作日，本次最多 1 个工作日' } });
    expect((await ext(1)).status).toBe(200);
    expect(await ext(1)).toMatchObject({ status: 409, body: { code: 'EXTENSION_LIMIT_REACHED' } });
    // Deadline 10/9 + 4 = 10/14; a single warning at 2 working days left (10/12).
    at('2026-10-09');
    await runTimers();
    expect(await timerEvents(c.id)).toEqual([]);
    at('2026-10-12');
    await runTimers();
    expect((await timerEvents(c.id)).map((e: { action: string }) => e.action)).toEqual(['到期预警：距承诺办结日还有 2 个工作日（2026-10-14）']);
  });

  it('超时默认: ends J2\'s publicity by itself after 10 working days, once, recorded as the system', async () => {
    at('2026-09-21');
    const list = await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent('高新技术企业认定')}`)).json();
    const code = list.items.find((i: { name: string }) => i.name === '高新技术企业认定').code;
    let c = await apply('ah-tech', code, highTechForm());
    c = await ok('ah-tech', 'GET', `/api/cases/${c.id}`);
    for (const [u, action] of [['item-manager', 'pass_initial'], ['service-point', 'service_point_received'], ['receiving-unit', 'confirm_receipt']] as const) {
      c = await ok(u, 'POST', `/api/cases/${c.id}/actions/${action}`, { expectedVersion: c.version });
    }
    // The expert review: the reviewer draws the panel, every drawn expert answers, the reviewer closes it.
    await drawAndAnswer(who, 'item-manager', c.id, { opinion: '符合认定条件。' });
    c = await ok('item-manager', 'GET', `/api/cases/${c.id}`);
    c = await ok('item-manager', 'POST', `/api/cases/${c.id}/actions/finish_review`, { opinion: '符合认定条件', expectedVersion: c.version });
    expect(c.state).toBe('publicity');
    // Ten working days after 9/21 end on 10/12 (holidays not counted): still waiting that day …
    at('2026-10-12');
    await runTimers();
    expect((await ok('ah-tech', 'GET', `/api/cases/${c.id}`)).state).toBe('publicity');
    // … taken by the system the next day, through the engine, once however often the timers run.
    at('2026-10-13');
    await runTimers();
    await runTimers();
    const after = await ok('ah-tech', 'GET', `/api/cases/${c.id}`);
    expect(after).toMatchObject({ state: 'decision', version: c.version + 1 });
    expect(after.limits).toMatchObject({ clockStopped: false, suspendedWorkingDays: 11, usedWorkingDays: 0 });
    const auto = (await ok('ah-tech', 'GET', `/api/cases/${c.id}/timeline`)).events.filter((e: { transition: string }) => e.transition === 'end_publicity');
    expect(auto).toHaveLength(1);
    expect(auto[0]).toMatchObject({ actor: 'system', actorName: '系统', action: '公示期满无异议', fromStateKey: 'publicity', toStateKey: 'decision' });
    expect(auto[0].opinion).toContain('超时默认通过');
    const outbox = await sql<{ n: number }>`select count(*)::int as n from outbox_message where topic = 'platform.case' and payload->>'caseId' = ${c.id} and payload->>'event' = 'end_publicity'`.execute(t.db.database.db);
    expect(outbox.rows[0]!.n).toBe(1);
    // The step is never the system's from a request: the decision maker still decides.
    expect(after.actions.map((a: { key: string }) => a.key)).toEqual([]);
  });
});
