// 数据看板 over HTTP with the demo accounts and a controlled clock, on each engine: a small
// set of cases, ratings, messages and reform tasks with known outcomes made through the real
// services, then every figure against a hand count; the filters by period, office and item;
// each table exported as CSV and XLSX read back to the same numbers; the figures equal what
// the lists show (workbench, follow-ups, inquiries, tasks, the feedback figures); who may see
// the dashboard; and the triggers' roll-ups equal a rebuild from the records.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_TABLES } from '../server/modules/supervision/dashboard/schemas.ts';
import { adminHeaders } from './support/app.ts';
import { genericForm } from './support/application-forms.ts';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { buildItem } from './support/factories.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { provideRequiredMaterials } from './support/materials.ts';

const HIGH_TECH = '高新技术处';
const POLICY = '政策法规处';
const ZHANGSAN = { kind: 'natural', idNumber: '340102198506120011', name: '张三' };

describe.each(engines)('dashboard on %s', (engine) => {
  let t: ListeningApp;
  let clock = new Date('2026-03-02T01:00:00Z');
  /** 10:00 in China on `day`. */
  const at = (day: string) => (clock = new Date(`${day}T02:00:00Z`));
  const who: Record<string, { b: Browserless; csrf: string }> = {};
  const users = ['hefei-bio', 'ah-institute', 'zhangsan', 'item-manager', 'decision-maker', 'manager-decider', 'window-clerk', 'supervisor', 'admin'];
  let itemA: string;
  let itemB: string;
  const ids: Record<string, { id: string; version: number }> = {};

  const call = async (u: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = { method, headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(u ? { 'x-csrf-token': who[u]!.csrf } : {}), ...headers }, body: body === undefined ? undefined : JSON.stringify(body) };
    const res = u ? await who[u]!.b.fetch(path, init) : await fetch(`${t.url}${path}`, init);
    const text = await res.text();
    return { status: res.status, body: text.startsWith('{') ? JSON.parse(text) : text };
  };
  const ok = async (u: string | null, method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
    const r = await call(u, method, path, body, headers);
    if (r.status >= 300) throw new Error(`${u} ${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const publish = async (content: ReturnType<typeof buildItem>) => {
    const post = (url: string, payload: unknown) => fetch(`${t.url}${url}`, { method: 'POST', headers: { ...adminHeaders, 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    expect((await post('/api/admin/catalog/items', { content })).status).toBe(201);
    expect((await post(`/api/admin/catalog/items/${content.code}/publish`, { version: 1 })).status).toBe(200);
    return content.code;
  };
  const apply = async (u: string, code: string, name: string, materials = true) => {
    const c = await ok(u, 'POST', '/api/cases', { itemCode: code, form: genericForm('看板测试申请（测试）') }, { 'idempotency-key': crypto.randomUUID() });
    if (materials) await provideRequiredMaterials(who[u]!.b, who[u]!.csrf, c.id);
    ids[name] = { id: c.id, version: c.version };
    return c;
  };
  const act = async (u: string, name: string, action: string) => {
    const c = await ok(u, 'POST', `/api/cases/${ids[name]!.id}/actions/${action}`, { expectedVersion: ids[name]!.version, opinion: '同意' });
    ids[name]!.version = c.version;
    return c;
  };
  const dash = (u: string, query = '') => ok(u, 'GET', `/api/supervision/dashboard?from=2026-01-01&to=2026-12-31${query}`);
  // The cases module stamps submitted_at, accepted_at and concluded_at (and the feedback module
  // rated_at, created_at) with the database's clock, while deadlines follow the app's clock,
  // which this test sets. In production the two agree; here each step's new timestamps are
  // moved to the app's clock — record changes like any other, which the triggers follow.
  let mark: Date;
  const setMark = async () => {
    mark = (await sql<{ at: Date }>`select clock_timestamp() as at`.execute(t.db.database.db)).rows[0]!.at;
  };
  const align = async () => {
    const db = t.db.database.db;
    for (const [table, column] of [['case_file', 'submitted_at'], ['case_file', 'accepted_at'], ['case_file', 'concluded_at'], ['rating', 'rated_at'], ['inquiry', 'created_at']] as const) {
      await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${clock} where ${sql.ref(column)} >= ${mark}`.execute(db);
    }
    await setMark();
  };
  const snapshot = async () => {
    const db = t.db.database.db;
    const cases = await sql`select * from dashboard_case_day where received + accepted + concluded + avoided_reuse + avoided_commitment + avoided_licence <> 0 order by day, office, item_code`.execute(db);
    const ratings = await sql`select * from dashboard_rating_day where level5 + level4 + level3 + level2 + level1 + followups <> 0 order by day, office, item_code`.execute(db);
    return { cases: cases.rows, ratings: ratings.rows };
  };

  beforeAll(async () => {
    t = await listeningApp(engine, { now: () => clock });
    for (const u of users) {
      const b = browserless(t.url);
      await login(b, t.url, u);
      who[u] = { b, csrf: (await (await b.fetch('/api/me')).json()).csrfToken };
    }
    const material = buildItem().materials[0]!;
    // A: 高新技术处, 5 working days promised, 20 statutory; its form may be replaced by a commitment; one e-licence material.
    itemA = await publish(buildItem({
      name: '看板测试事项甲', office: HIGH_TECH, promisedDays: 5, statutoryDays: 20,
      materials: [{ ...material, commitmentAllowed: true }, { ...material, name: '营业执照', required: false, source: 'e-licence' }],
    }));
    // B: 政策法规处, 10 working days promised, no statutory limit, one visit to the window.
    itemB = await publish(buildItem({
      name: '看板测试事项乙', office: POLICY, promisedDays: 10, statutoryDays: null, statutoryLimit: null, visits: 1,
      windows: [{ name: '科技厅窗口', address: '合肥市', hours: '工作日', phone: '0551-00000000' }],
    }));

    await setMark();
    // Monday 2 March: six cases, four accepted; two messages; two reform tasks.
    at('2026-03-02');
    await apply('hefei-bio', itemA, 'A1');
    await apply('hefei-bio', itemA, 'A2');
    await apply('ah-institute', itemA, 'A3', false);
    await apply('ah-institute', itemA, 'A4');
    const b1 = await apply('zhangsan', itemB, 'B1');
    for (const n of ['A1', 'A2', 'A4']) await act('manager-decider', n, 'accept'); // deadline Monday 9 March
    await act('item-manager', 'B1', 'accept'); // deadline Monday 16 March
    const b2 = await ok('window-clerk', 'POST', '/api/desk/cases', { applicant: ZHANGSAN, itemCode: itemB, form: genericForm('窗口代办（测试）') }, { 'idempotency-key': crypto.randomUUID() });
    ids.B2 = { id: b2.id, version: b2.version };
    // 免提交: B2's form is B1's file again.
    expect(b2.applicant.name).toBe('张三');
    await ok('zhangsan', 'POST', `/api/cases/${b2.id}/materials/0/reuse`, { fromCaseId: b1.id, fromIndex: 0 });
    const complaint = await ok('zhangsan', 'POST', '/api/inquiries', { kind: 'complaint', subject: '窗口服务投诉', content: '窗口工作人员答复不清楚，请核实。' });
    expect(complaint.office).toBe(POLICY);
    const consult = await ok('hefei-bio', 'POST', '/api/inquiries', { kind: 'consult', subject: '申报条件咨询', content: '请问看板测试事项甲的申报条件是什么？', itemCode: itemA });
    expect(consult.office).toBe(HIGH_TECH); // due Monday 9 March, never answered
    const t1 = await ok('supervisor', 'POST', '/api/supervision/tasks', { title: '压减办理时限', content: '承诺时限压减到法定的一半以内', leadOffice: HIGH_TECH, responsibleOffices: [], deadline: '2026-03-06' });
    const t2 = await ok('supervisor', 'POST', '/api/supervision/tasks', { title: '推行告知承诺', content: '梳理可告知承诺的材料清单', leadOffice: POLICY, responsibleOffices: [HIGH_TECH], deadline: '2026-12-31' });
    expect(t1.overdue).toBe(false);
    await align();

    // Wednesday 4 March: A1 concluded on time (2 working days used); the complaint answered on time; T2 closed.
    at('2026-03-04');
    await act('manager-decider', 'A1', 'approve');
    const claimed = await ok('supervisor', 'POST', `/api/feedback/inquiries/${complaint.id}/claim`, { expectedVersion: 1 });
    await ok('supervisor', 'POST', `/api/feedback/inquiries/${complaint.id}/answer`, { expectedVersion: claimed.version, answer: '已核实并约谈窗口人员，予以改进。' });
    const fd = new FormData();
    fd.append('progress', '已完成清单梳理并公布');
    expect((await who.supervisor!.b.fetch(`/api/supervision/tasks/${t2.id}/reports`, { method: 'POST', headers: { 'x-csrf-token': who.supervisor!.csrf }, body: fd })).status).toBe(201);
    await ok('supervisor', 'POST', `/api/supervision/tasks/${t2.id}/close`, { expectedVersion: 1, note: '按期完成，同意销号' });
    await align();

    // Wednesday 11 March: A2 concluded late (7 used, deadline 9 March), B1 on time (7 used of 10); ratings.
    at('2026-03-11');
    await act('manager-decider', 'A2', 'approve');
    await act('decision-maker', 'B1', 'approve');
    await ok('hefei-bio', 'POST', `/api/cases/${ids.A1!.id}/rating`, { level: 5 });
    const bad = await ok('hefei-bio', 'POST', `/api/cases/${ids.A2!.id}/rating`, { level: 1, tags: ['办理时间长'], comment: '超期了' });
    await ok('zhangsan', 'POST', `/api/cases/${ids.B1!.id}/rating`, { level: 2, tags: ['材料要求多'], comment: '材料太多' });
    await ok(null, 'POST', '/api/rate/points/O-HIGHTECH', { level: 4, visitToken: 'device-token-dashboard-1' });
    let f = await ok('manager-decider', 'POST', `/api/feedback/followups/${bad.followup.id}/steps`, { action: 'callback', expectedVersion: 1, callbackNote: '已电话回访', problem: '审批超期' });
    f = await ok('manager-decider', 'POST', `/api/feedback/followups/${bad.followup.id}/steps`, { action: 'rectify', expectedVersion: f.version, actionTaken: '调整审批排期' });
    expect(f.state).toBe('rectified');
    await align();
  }, 300_000);
  afterAll(async () => t.close());

  it('gives every figure as counted by hand', async () => {
    const d = await dash('supervisor');
    expect(d.filter).toMatchObject({ from: '2026-01-01', to: '2026-12-31', office: null, itemCode: null, today: '2026-03-11' });
    expect(d.cases).toEqual({
      received: 6, accepted: 4, concluded: 3, concludedTimed: 3, concludedOnTime: 2, concludedLate: 1, onTimeRate: 0.6667,
      running: 1, runningOverdue: 1, // A4: accepted 2 March, due 9 March
      receivedOnline: 5, noVisitShare: 0.8333, // B2 came through the window
      avgUsedDays: 5.3, avgPromisedDays: 6.7, // (2 + 7 + 7) / 3 against (5 + 5 + 10) / 3
      avgStatutoryDays: 20, avgUsedDaysStatutory: 4.5, // A1 and A2 only
    });
    // A1–A4 each had the form replaced by a commitment and one e-licence material; B2 reused B1's file.
    expect(d.materials).toEqual({ reuse: 1, licence: 4, commitment: 3, total: 8 });
    expect(d.satisfaction).toMatchObject({ total: 4, satisfied: 2, rate: 0.5, bad: 2 });
    expect(d.satisfaction.byLevel.map((l: { count: number }) => l.count)).toEqual([1, 1, 0, 1, 1]);
    expect(d.rectification).toEqual({ followups: 2, rectified: 1, confirmed: 0, rate: 0.5, target: 1 });
    expect(d.inquiries.byKind).toEqual([
      { kind: 'consult', label: '咨询', received: 1, answered: 0, answeredOnTime: 0, answeredLate: 0, onTimeRate: null, overdueOpen: 1 },
      { kind: 'complaint', label: '投诉', received: 1, answered: 1, answeredOnTime: 1, answeredLate: 0, onTimeRate: 1, overdueOpen: 0 },
      { kind: 'mailbox', label: '局长信箱', received: 0, answered: 0, answeredOnTime: 0, answeredLate: 0, onTimeRate: null, overdueOpen: 0 },
    ]);
    expect(d.inquiries.complaintsOnTimeRate).toBe(1);
    expect(d.tasks).toEqual({ total: 2, openOnTime: 0, overdue: 1, closedOnTime: 1, closedLate: 0, closed: 1, longTerm: 0 });
    expect(d.trend).toEqual([{ month: '2026-03', received: 6, concluded: 3, concludedLate: 1 }]);
    expect(d.items.target).toBe(0.6);
  });

  it('filters by office, item and period', async () => {
    const ht = await dash('supervisor', `&office=${encodeURIComponent(HIGH_TECH)}`);
    expect(ht.cases).toMatchObject({ received: 4, accepted: 3, concluded: 2, concludedLate: 1, running: 1, runningOverdue: 1, avgUsedDays: 4.5 });
    expect(ht.satisfaction).toMatchObject({ total: 3, satisfied: 2 }); // A1, A2 and the office's QR point
    expect(ht.inquiries.byKind[0]).toMatchObject({ received: 1, overdueOpen: 1 });
    expect(ht.tasks).toMatchObject({ total: 2, overdue: 1, closed: 1 }); // T2 is shared with 高新技术处
    expect(ht.materials).toEqual({ reuse: 0, licence: 4, commitment: 3, total: 7 });

    const b = await dash('supervisor', `&itemCode=${itemB}`);
    expect(b.cases).toMatchObject({ received: 2, accepted: 1, concluded: 1, concludedLate: 0, running: 0, receivedOnline: 1, noVisitShare: 0.5, avgUsedDays: 7, avgStatutoryDays: null });
    expect(b.items).toEqual({ published: 1, noVisit: 0, noVisitShare: 0, target: 0.6, met: false });
    expect((await dash('supervisor', `&itemCode=${itemA}`)).items).toMatchObject({ published: 1, noVisit: 1, met: true });
    expect(b.satisfaction).toMatchObject({ total: 1, bad: 1 });

    // Period: 3–10 March saw only A1 concluded; 11 March A2 and B1 and every rating.
    const mid = await ok('supervisor', 'GET', '/api/supervision/dashboard?from=2026-03-03&to=2026-03-10');
    expect(mid.cases).toMatchObject({ received: 0, accepted: 0, concluded: 1, concludedLate: 0, running: 1, runningOverdue: 1 });
    expect(mid.satisfaction.total).toBe(0);
    expect(mid.inquiries.byKind[1].received).toBe(0);
    const day = await ok('supervisor', 'GET', '/api/supervision/dashboard?from=2026-03-11&to=2026-03-11');
    expect(day.cases).toMatchObject({ received: 0, concluded: 2, concludedLate: 1 });
    expect(day.satisfaction.total).toBe(4);
    // The default period is this year to today.
    expect((await ok('supervisor', 'GET', '/api/supervision/dashboard')).filter).toMatchObject({ from: '2026-01-01', to: '2026-03-11' });
    expect((await call('supervisor', 'GET', '/api/supervision/dashboard?from=2026-03-12&to=2026-03-01')).status).toBe(400);
  });

  it('shows the figures the lists show', async () => {
    // The workbench of a head scoped to 高新技术处, filtered to overdue cases.
    const queue = await ok('manager-decider', 'GET', '/api/workbench/queue?deadline=overdue');
    expect(queue.total).toBe(1);
    expect((await dash('supervisor', `&office=${encodeURIComponent(HIGH_TECH)}`)).cases.runningOverdue).toBe(queue.total);
    expect((await dash('supervisor', `&office=${encodeURIComponent(POLICY)}`)).cases.runningOverdue).toBe(0);
    // Unanswered messages past their deadline; overdue reform tasks (all, and one office's).
    const d = await dash('supervisor');
    const inbox = await ok('supervisor', 'GET', '/api/feedback/inquiries?overdue=true');
    expect(d.inquiries.byKind.reduce((s: number, k: { overdueOpen: number }) => s + k.overdueOpen, 0)).toBe(inbox.total);
    expect(d.tasks.overdue).toBe((await ok('supervisor', 'GET', '/api/supervision/tasks?overdue=true')).total);
    expect((await dash('manager-decider')).tasks.overdue).toBe((await ok('manager-decider', 'GET', '/api/supervision/tasks?overdue=true')).total);
    // The follow-up list, and the feedback module's own figures for the same filter.
    const followups = await ok('supervisor', 'GET', '/api/feedback/followups?pageSize=100');
    expect(d.rectification.followups).toBe(followups.items.filter((x: { state: string }) => x.state !== 'withdrawn').length);
    for (const q of ['', `&office=${encodeURIComponent(HIGH_TECH)}`, `&itemCode=${itemB}`]) {
      const fb = await ok('supervisor', 'GET', `/api/feedback/figures?from=2026-01-01&to=2026-12-31${q}`);
      const mine = await dash('supervisor', q);
      expect(mine.satisfaction.total).toBe(fb.total);
      expect(mine.satisfaction.rate).toBeCloseTo(fb.satisfactionRate ?? 0, 4);
      expect(mine.rectification.followups).toBe(fb.followups);
      expect(mine.rectification.rate ?? 0).toBeCloseTo(fb.rectificationRate ?? 0, 4);
    }
  });

  it('exports each table as CSV and XLSX that read back to the same numbers', async () => {
    const d = await dash('supervisor');
    expect(d.tables.map((x: { key: string }) => x.key)).toEqual([...DASHBOARD_TABLES]);
    const summary = d.tables.find((x: { key: string }) => x.key === 'summary');
    expect(summary.rows.find((r: { metric: string }) => r.metric === '当前超期在办').value).toBe(1);
    expect(summary.rows.find((r: { metric: string }) => r.metric === '满意率（%）').value).toBe(50);
    for (const table of d.tables as Array<{ key: string; columns: Array<{ key: string; label: string }>; rows: Array<Record<string, string | number | null>> }>) {
      // (an empty cell reads back as nothing)
      const expected = [table.columns.map((c) => c.label), ...table.rows.map((r) => table.columns.map((c) => (r[c.key] === '' ? null : (r[c.key] ?? null))))];
      const base = `/api/supervision/dashboard/export?from=2026-01-01&to=2026-12-31&table=${table.key}`;
      const csv = await who.supervisor!.b.fetch(`${base}&format=csv`);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const text = await csv.text();
      const parsed = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(',').map((v, i) => (v === '' ? null : i > 0 && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)));
      expect(parsed).toEqual(expected.map((row) => row.map((v, i) => (i > 0 && typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v))));
      const xlsx = await who.supervisor!.b.fetch(`${base}&format=xlsx`);
      expect(xlsx.headers.get('content-disposition')).toContain('.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await xlsx.arrayBuffer());
      const ws = wb.worksheets[0]!;
      const rows: Array<Array<string | number | null>> = [];
      ws.eachRow({ includeEmpty: true }, (row) => rows.push(table.columns.map((_, i) => (row.getCell(i + 1).value as string | number | null) || (row.getCell(i + 1).value === 0 ? 0 : null))));
      expect(rows).toEqual(expected);
    }
    expect((await call('supervisor', 'GET', '/api/supervision/dashboard/export?table=nope&format=csv')).status).toBe(400);
  });

  it('lets supervisors, heads and administrators see it, each within their office scope', async () => {
    expect((await call(null, 'GET', '/api/supervision/dashboard')).status).toBe(401);
    for (const u of ['zhangsan', 'item-manager', 'window-clerk']) expect((await call(u, 'GET', '/api/supervision/dashboard')).status).toBe(403);
    expect((await call('zhangsan', 'GET', '/api/supervision/dashboard/export?table=summary&format=csv')).status).toBe(403);
    const all = await dash('decision-maker');
    expect(all.scope.offices).toBeNull();
    expect(all.cases.received).toBe(6);
    expect((await dash('admin')).cases.received).toBe(6);
    // manager-decider's roles are scoped to 高新技术处: that office's figures only.
    const scoped = await dash('manager-decider');
    expect(scoped.scope.offices).toEqual([HIGH_TECH]);
    expect(scoped.cases.received).toBe(4);
    expect(scoped.options.offices).toEqual([HIGH_TECH]);
    expect((await call('manager-decider', 'GET', `/api/supervision/dashboard?office=${encodeURIComponent(POLICY)}`)).status).toBe(403);
  });

  it('keeps the roll-ups equal to a rebuild from the records as they change', async () => {
    // An upheld appeal takes B1's bad rating out and withdraws its follow-up.
    const b1Rating = (await ok('zhangsan', 'GET', `/api/cases/${ids.B1!.id}/rating`)).rating;
    const appeal = await ok('supervisor', 'POST', `/api/ratings/${b1Rating.id}/appeal`, { reason: '申请人评价的是其他部门的事项' });
    await ok('supervisor', 'POST', `/api/feedback/appeals/${appeal.id}/decision`, { upheld: true, note: '核实属实，申诉成立' });
    const d = await dash('supervisor');
    expect(d.satisfaction).toMatchObject({ total: 3, satisfied: 2, rate: 0.6667, bad: 1 });
    expect(d.rectification).toMatchObject({ followups: 1, rectified: 1, rate: 1 });
    // The running case's late conclusion two days on.
    at('2026-03-13');
    await act('manager-decider', 'A4', 'approve');
    await align();
    const later = await dash('supervisor');
    expect(later.cases).toMatchObject({ concluded: 4, concludedLate: 2, running: 0, runningOverdue: 0 });
    expect(later.filter.today).toBe('2026-03-13');

    const maintained = await snapshot();
    await sql`select dashboard_rebuild()`.execute(t.db.database.db);
    expect(await snapshot()).toEqual(maintained);
    expect(maintained.cases.length).toBeGreaterThan(0);
  });
});
