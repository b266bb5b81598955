// Staff side of cases over HTTP with real logins, on each engine: the window desk (帮代办),
// acceptance numbers under concurrent acceptances, the notices, the admin workflow list,
// and the work queue's search, filters and paging.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../server/lib/china-date.ts';
import { creditCodeCheckChar, orgCodeCheckChar } from '../server/lib/codes/credit-code.ts';
import { parseAcceptanceNumber } from '../server/modules/cases/acceptance-number.ts';
import { chineseDate } from '../server/modules/cases/notices.ts';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { adminHeaders } from './support/app.ts';
import { genericForm } from './support/application-forms.ts';
import { engines } from './support/databases.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { provideRequiredMaterials } from './support/materials.ts';

const ZHANGSAN = { kind: 'natural', idNumber: '340102198506120011', name: '张三' };
const AH_TECH_CODE = '91340100MA2N4F6H1P';
// Valid credit codes the platform has never seen.
const unknownFirm = (org: string) => {
  const first17 = `91340100${org}${orgCodeCheckChar(org)}`;
  return first17 + creditCodeCheckChar(first17);
};
const UNKNOWN_FIRM = unknownFirm('MA2B3C4D');
// Wednesday 10 June 2026, 10:00 in China: deadlines below are read against this day.
const NOW = new Date('2026-06-10T02:00:00Z');

describe.each(engines)('window desk, acceptance numbers, notices and queue search on %s', (engine) => {
  let t: ListeningApp;
  let itemCode: string;
  const who: Record<string, { b: Browserless; csrf: string }> = {};

  const signIn = async (username: string) => {
    const b = browserless(t.url);
    await login(b, t.url, username);
    who[username] = { b, csrf: (await (await b.fetch('/api/me')).json()).csrfToken };
  };
  const post = (u: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    who[u]!.b.fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf, ...headers }, body: JSON.stringify(body) });
  const get = async (u: string, path: string) => {
    const res = await who[u]!.b.fetch(path);
    return { status: res.status, body: await res.json() };
  };
  const desk = (applicant: unknown, key: string, u = 'window-clerk') =>
    post(u, '/api/desk/cases', { applicant, itemCode, form: genericForm('窗口代办：申请登记一项科技成果。') }, { 'idempotency-key': key });
  /** The applicant provides the required materials (acceptance is guarded by them). */
  const ready = (u: string, id: string) => provideRequiredMaterials(who[u]!.b, who[u]!.csrf, id);
  const caseCount = async () => (await sql<{ n: number }>`select count(*)::int as n from case_file`.execute(t.db.database.db)).rows[0]!.n;

  beforeAll(async () => {
    t = await listeningApp(engine, { now: () => NOW });
    const list = await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent('科技成果登记')}`)).json();
    itemCode = list.items[0].code;
    for (const u of ['window-clerk', 'item-manager', 'decision-maker', 'ah-tech', 'admin']) await signIn(u);
  }, 120_000);
  afterAll(async () => t.close());

  it('submits at the window for a natural person: marked, window channel, theirs in 我的办件', async () => {
    const res = await desk(ZHANGSAN, `desk-zs-${engine}`);
    expect(res.status).toBe(201);
    const c = await res.json();
    expect(c).toMatchObject({ applicant: { type: '1', name: '张三' }, channel: '0', onBehalf: true, state: 'initial_review', acceptanceNo: null });
    // A retry with the same key is the same case.
    expect((await (await desk(ZHANGSAN, `desk-zs-${engine}`)).json()).id).toBe(c.id);
    const row = await t.db.database.db.selectFrom('case_file').select(['channel', 'on_behalf_by']).where('id', '=', c.id).executeTakeFirstOrThrow();
    const clerk = await t.db.database.db.selectFrom('person').select('id').where('name', '=', '王芳').executeTakeFirstOrThrow();
    expect(row).toEqual({ channel: '0', on_behalf_by: clerk.id });

    // zhangsan signs in afterwards (the desk recorded him from his ID card): the case is his.
    await signIn('zhangsan');
    const mine = await get('zhangsan', '/api/cases');
    expect(mine.body.items.map((x: { id: string }) => x.id)).toContain(c.id);
    const timeline = await get('zhangsan', `/api/cases/${c.id}/timeline`);
    expect(timeline.body.events[0]).toMatchObject({ kind: 'submitted', action: '窗口代办（王芳）', actorName: '王芳', byApplicant: false });
    const outbox = await sql<{ payload: { channel: string } }>`select payload from outbox_message where idempotency_key = ${`case:${c.id}:submitted`}`.execute(t.db.database.db);
    expect(outbox.rows[0]!.payload.channel).toBe('0');
  });

  it('submits for an enterprise (credit code + handler present) so its handlers see it', async () => {
    const res = await desk({ kind: 'legal', creditCode: AH_TECH_CODE.toLowerCase(), handler: { idNumber: '340111197802030039', name: '赵六' } }, `desk-ent-${engine}`);
    expect(res.status).toBe(201);
    const c = await res.json();
    expect(c.applicant).toEqual({ type: '2', name: '安徽某某智能科技股份有限公司' });
    const mine = await get('ah-tech', '/api/cases');
    expect(mine.body.items.map((x: { id: string }) => x.id)).toContain(c.id);

    // An enterprise new to the platform is recorded from its business licence.
    const fresh = await desk({ kind: 'legal', creditCode: UNKNOWN_FIRM, name: '合肥某某新材料有限公司', handler: { idNumber: '340111197802030039', name: '赵六' } }, `desk-new-${engine}`);
    expect(fresh.status).toBe(201);
    expect((await fresh.json()).applicant).toEqual({ type: '2', name: '合肥某某新材料有限公司' });
    // …but that does not make the handler one of its handlers online.
    const links = await t.db.database.db.selectFrom('enterprise_handler as h').innerJoin('enterprise as e', 'e.id', 'h.enterprise_id').select('h.person_id').where('e.credit_code', '=', UNKNOWN_FIRM).execute();
    expect(links).toEqual([]);
  });

  it('refuses other people, bad codes, mismatched names, and stores nothing', async () => {
    const before = await caseCount();
    const staff = await desk(ZHANGSAN, 'desk-not-clerk', 'item-manager');
    expect(staff.status).toBe(403);
    await signIn('lisi');
    expect((await desk(ZHANGSAN, 'desk-applicant', 'lisi')).status).toBe(403);
    expect((await fetch(`${t.url}/api/desk/cases`, { method: 'POST' })).status).toBe(401);

    const badId = await desk({ ...ZHANGSAN, idNumber: '340102198506120012' }, 'desk-bad-id');
    expect(badId.status).toBe(400);
    expect((await badId.json()).message).toContain('校验位');
    const badCode = await desk({ kind: 'legal', creditCode: '91340100MA2N4F6H1Q', handler: { idNumber: '340111197802030039', name: '赵六' } }, 'desk-bad-code');
    expect(badCode.status).toBe(400);
    expect((await badCode.json()).message).toContain('统一社会信用代码');
    const wrongName = await desk({ ...ZHANGSAN, name: '张叁' }, 'desk-wrong-name');
    expect(wrongName.status).toBe(422);
    expect((await wrongName.json()).code).toBe('APPLICANT_NAME_MISMATCH');
    const newFirm = await desk({ kind: 'legal', creditCode: unknownFirm('MA2B3C4E'), handler: { idNumber: '340111197802030039', name: '赵六' } }, 'desk-unknown-firm');
    expect(newFirm.status).toBe(400);
    expect((await newFirm.json()).code).toBe('ENTERPRISE_NAME_REQUIRED');
    expect((await desk(ZHANGSAN, 'bad key!')).status).toBe(400);
    expect(await caseCount()).toBe(before);
  });

  it('looks applicants up without recording them', async () => {
    const firm = await get('window-clerk', `/api/desk/applicant?creditCode=${AH_TECH_CODE}`);
    expect(firm.body).toMatchObject({ kind: 'legal', known: true, name: '安徽某某智能科技股份有限公司' });
    const person = await get('window-clerk', `/api/desk/applicant?idNumber=${ZHANGSAN.idNumber}&name=${encodeURIComponent('张叁')}`);
    expect(person.body).toEqual({ kind: 'natural', known: true, nameMatches: false });
    expect((await get('window-clerk', '/api/desk/applicant?idNumber=123')).status).toBe(400);
    expect((await get('item-manager', `/api/desk/applicant?creditCode=${AH_TECH_CODE}`)).status).toBe(403);
  });

  it('issues unique, consecutive acceptance numbers under concurrent acceptances, each exactly once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push((await (await desk(ZHANGSAN, `acc-${engine}-${i}`)).json()).id);
    for (const id of ids) await ready('zhangsan', id);
    const v = (await get('zhangsan', `/api/cases/${ids[0]}`)).body.version;
    // Each case accepted by two clerks at once: one wins per case, and only winners take a number.
    const results = await Promise.all(ids.flatMap((id) => [post('item-manager', `/api/cases/${id}/actions/accept`, { expectedVersion: v }), post('window-clerk', `/api/cases/${id}/actions/accept`, { expectedVersion: v })]));
    expect(results.filter((r) => r.status === 200)).toHaveLength(8);
    expect(results.filter((r) => r.status === 409)).toHaveLength(8);
    const rows = await t.db.database.db.selectFrom('case_file').select(['id', 'acceptance_no']).where('id', 'in', ids).execute();
    const numbers = rows.map((r) => r.acceptance_no!);
    const parsed = numbers.map((n) => parseAcceptanceNumber(n)!);
    expect(parsed.every((p) => p.year === 2026)).toBe(true);
    const serials = parsed.map((p) => p.serial).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 8 }, (_, i) => serials[0]! + i));
    expect(numbers[0]).toMatch(/^科受字〔2026〕第\d{6}号$/);
    const detail = await get('zhangsan', `/api/cases/${ids[0]}`);
    expect(detail.body.acceptanceNo).toBe(rows.find((r) => r.id === ids[0])!.acceptance_no); // (rows come in no particular order)
  });

  it('gives the acceptance, refusal and correction notices from the case data', async () => {
    const accepted = (await (await desk(ZHANGSAN, `notice-acc-${engine}`)).json()).id;
    expect((await get('zhangsan', `/api/cases/${accepted}/notices/acceptance`)).status).toBe(404);
    await ready('zhangsan', accepted);
    expect((await post('item-manager', `/api/cases/${accepted}/actions/accept`, {})).status).toBe(200);
    const acc = await get('zhangsan', `/api/cases/${accepted}/notices/acceptance`);
    expect(acc.status).toBe(200);
    const c = (await get('zhangsan', `/api/cases/${accepted}`)).body;
    expect(acc.body).toMatchObject({ kind: 'acceptance', title: '受理通知书', docNo: c.acceptanceNo, addressee: '张三：', date: chineseDate(chinaDate(new Date(c.acceptedAt))) });
    expect(acc.body.fields).toContainEqual({ label: '受理编号', value: c.acceptanceNo });
    expect(acc.body.paragraphs[0]).toContain('决定予以受理');

    const refused = (await (await desk(ZHANGSAN, `notice-ref-${engine}`)).json()).id;
    await post('item-manager', `/api/cases/${refused}/actions/reject`, { opinion: '申请事项不属于本机关职权范围' });
    const ref = await get('zhangsan', `/api/cases/${refused}/notices/refusal`);
    expect(ref.body).toMatchObject({ kind: 'refusal', title: '不予受理通知书' });
    expect(ref.body.paragraphs).toContain('理由：申请事项不属于本机关职权范围');
    expect(ref.body.closing.join('')).toContain('行政复议');
    expect((await get('zhangsan', `/api/cases/${refused}/notices`)).body.notices.map((n: { kind: string }) => n.kind)).toEqual(['refusal']);

    const corrected = (await (await desk(ZHANGSAN, `notice-cor-${engine}`)).json()).id;
    await post('item-manager', `/api/cases/${corrected}/actions/request_correction`, { opinion: '1. 营业执照复印件不清晰；\n2、缺少法定代表人签字页' });
    const cor = await get('zhangsan', `/api/cases/${corrected}/notices/correction`);
    expect(cor.body.title).toBe('补正通知书');
    expect(cor.body.list).toEqual({ title: '需要补正的内容', items: ['营业执照复印件不清晰', '缺少法定代表人签字页'] });
    // Only those who may see the case may see its notices.
    expect((await get('lisi', `/api/cases/${corrected}/notices/correction`)).status).toBe(404);
    expect((await get('zhangsan', `/api/cases/${corrected}/notices/bogus`)).status).toBe(400);
  });

  it('lists the shipped workflows for administrators only', async () => {
    const res = await get('admin', '/api/admin/workflows');
    expect(res.status).toBe(200);
    const j1 = res.body.workflows.find((w: { key: string }) => w.key === 'lab-animal-licence');
    expect(j1.states.map((s: { label: string }) => s.label)).toContain('专家预审');
    expect(j1.transitions.find((tr: { key: string }) => tr.key === 'pass_initial')).toMatchObject({ from: ['initial_review'], to: 'expert_prereview', takers: ['item_manager'] });
    expect((await fetch(`${t.url}/api/admin/workflows`, { headers: adminHeaders })).status).toBe(403); // the operations token manages the catalogue only
    expect((await get('item-manager', '/api/admin/workflows')).status).toBe(403);
    expect((await fetch(`${t.url}/api/admin/workflows`)).status).toBe(401);
  });

  it('searches, filters and pages the work queue', async () => {
    const db = t.db.database.db;
    // A fresh set: four cases for 李四 (online) and one for the enterprise, all 待初审.
    const lisiCases: Array<{ id: string; caseNo: string }> = [];
    for (let i = 0; i < 4; i++) lisiCases.push(await (await post('lisi', '/api/cases', { itemCode, form: genericForm(`队列测试 ${i}：申请登记一项科技成果。`) }, { 'idempotency-key': `queue-lisi-${engine}-${i}` })).json());
    const q = async (query: string, u = 'item-manager') => (await get(u, `/api/workbench/queue?pageSize=100&${query}`)).body;
    const idsOf = (page: { items: Array<{ id: string }> }) => page.items.map((x) => x.id);

    expect(idsOf(await q(`q=${lisiCases[2]!.caseNo}`))).toEqual([lisiCases[2]!.id]);
    const byName = await q(`q=${encodeURIComponent('李')}`);
    expect(idsOf(byName).sort()).toEqual(lisiCases.map((c) => c.id).sort());
    expect((await q(`q=${encodeURIComponent('%')}`)).items).toEqual([]); // LIKE wildcards are literal
    const byCode = await q(`q=${AH_TECH_CODE}`);
    expect(byCode.items.length).toBeGreaterThan(0);
    expect(byCode.items.every((x: { applicant: { name: string } }) => x.applicant.name === '安徽某某智能科技股份有限公司')).toBe(true);

    // Paging is stable and complete: 2 per page over 李四's 4, oldest first.
    const p1 = await get('item-manager', `/api/workbench/queue?q=${encodeURIComponent('李四')}&pageSize=2&page=1`);
    const p2 = await get('item-manager', `/api/workbench/queue?q=${encodeURIComponent('李四')}&pageSize=2&page=2`);
    expect(p1.body.total).toBe(4);
    expect([...idsOf(p1.body), ...idsOf(p2.body)]).toEqual(lisiCases.map((c) => c.id));

    expect((await q('itemCode=nope')).items).toEqual([]);
    expect((await q(`itemCode=${itemCode}&state=initial_review`)).total).toBeGreaterThanOrEqual(4);
    expect((await q('state=decision')).items).toEqual([]); // not item-manager's queue
    expect((await get('item-manager', '/api/workbench/queue?state=DROP TABLE')).status).toBe(400);
    expect((await get('item-manager', '/api/workbench/queue?deadline=late')).status).toBe(400);

    // Deadline status for the decision maker: accepted cases with deadlines around 10 June 2026.
    const accepted: string[] = [];
    for (const c of lisiCases.slice(0, 4)) {
      await ready('lisi', c.id);
      expect((await post('item-manager', `/api/cases/${c.id}/actions/accept`, {})).status).toBe(200);
      accepted.push(c.id);
    }
    const setDeadline = (id: string, d: string, paused: string | null = null) =>
      db.updateTable('case_file').set({ promised_deadline: d, clock_paused_since: paused }).where('id', '=', id).execute();
    await setDeadline(accepted[0]!, '2026-06-09'); // overdue: 1 working day ago
    await setDeadline(accepted[1]!, '2026-06-15'); // due soon: 3 working days left (Thu, Fri, Mon)
    await setDeadline(accepted[2]!, '2026-06-16'); // normal: 4 left
    await setDeadline(accepted[3]!, '2026-06-12', '2026-06-01'); // clock stopped with time left: normal
    const status = async (d: string) => idsOf(await q(`deadline=${d}&q=${encodeURIComponent('李四')}`, 'decision-maker')).sort();
    expect(await status('overdue')).toEqual([accepted[0]]);
    expect(await status('dueSoon')).toEqual([accepted[1]]);
    expect(await status('normal')).toEqual([accepted[2], accepted[3]].sort());
    const shown = (await q(`q=${encodeURIComponent('李四')}`, 'decision-maker')).items as Array<{ id: string; limits: { remainingWorkingDays: number } }>;
    expect(Object.fromEntries(shown.map((x) => [x.id, x.limits.remainingWorkingDays]))).toEqual({ [accepted[0]!]: -1, [accepted[1]!]: 3, [accepted[2]!]: 4, [accepted[3]!]: 9 });
  });
});
