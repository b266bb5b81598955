// A case from submission to conclusion through the generic workflow, over HTTP with real
// logins, on each engine: idempotent submission under parallel retries, readable unique case
// numbers, role and state checks, one winner among simultaneous clicks, the timeline and
// the outbox written with every change.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { formFor, genericForm } from './support/application-forms.ts';
import { buildItem } from './support/factories.ts';
import { engines } from './support/databases.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { provideRequiredMaterials } from './support/materials.ts';

interface Who {
  b: Browserless;
  csrf: string;
}

describe.each(engines)('cases on %s', (engine) => {
  let t: ListeningApp;
  let itemCode: string;
  const who: Record<string, Who> = {};

  const signIn = async (username: string) => {
    const b = browserless(t.url);
    await login(b, t.url, username);
    const csrf = (await (await b.fetch('/api/me')).json()).csrfToken;
    who[username] = { b, csrf };
  };
  const post = (u: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    who[u]!.b.fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf, ...headers }, body: JSON.stringify(body) });
  const get = async (u: string, path: string) => {
    const res = await who[u]!.b.fetch(path);
    return { status: res.status, body: await res.json() };
  };
  const submit = (u: string, key: string, form: Record<string, unknown> = genericForm()) =>
    post(u, '/api/cases', { itemCode, form }, { 'idempotency-key': key });

  beforeAll(async () => {
    t = await listeningApp(engine);
    const list = await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent('科技成果登记')}`)).json();
    itemCode = list.items[0].code;
    for (const u of ['zhangsan', 'lisi', 'ah-tech', 'item-manager', 'decision-maker', 'expert']) await signIn(u);
  }, 120_000);
  afterAll(async () => t.close());

  it('makes one case per idempotency key, however many parallel retries', async () => {
    const keys = Array.from({ length: 10 }, (_, i) => `retry-key-${engine}-${i}`);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => submit('lisi', keys[i % 10]!)));
    expect(results.map((r) => r.status).every((s) => s === 201)).toBe(true);
    const bodies = await Promise.all(results.map((r) => r.json()));
    const ids = new Set(bodies.map((b) => b.id));
    expect(ids.size).toBe(10);
    const stored = await sql<{ n: number }>`select count(*)::int as n from case_file where idempotency_key like ${`retry-key-${engine}-%`}`.execute(t.db.database.db);
    expect(stored.rows[0]!.n).toBe(10);
    const numbers = [...new Set(bodies.map((b) => b.caseNo))];
    expect(numbers).toHaveLength(10);
    for (const n of numbers) expect(n).toMatch(new RegExp(`^${itemCode}\\d{8}\\d{4}$`));
    expect(n0(numbers)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1)); // consecutive serials, no gaps
  });

  it('refuses bad submissions clearly and stores nothing', async () => {
    const before = await sql<{ n: number }>`select count(*)::int as n from case_file`.execute(t.db.database.db);
    expect((await post('zhangsan', '/api/cases', { itemCode, form: {} })).status).toBe(400); // no key
    const unknownItem = await post('zhangsan', '/api/cases', { itemCode: '1134000000300281002999999999999', form: {} }, { 'idempotency-key': 'k-unknown-item' });
    expect(unknownItem.status).toBe(404);
    const extra = await post('zhangsan', '/api/cases', { itemCode, form: {}, status: 'approved' }, { 'idempotency-key': 'k-extra-field' });
    expect(extra.status).toBe(400);
    const staff = await post('item-manager', '/api/cases', { itemCode, form: {} }, { 'idempotency-key': 'k-staff-self' });
    expect(staff.status).toBe(403);
    expect((await staff.json()).code).toBe('APPLICANT_REQUIRED');
    await submit('zhangsan', 'k-reuse-1');
    const other = await (await fetch(`${t.url}/api/catalog/items?pageSize=20`)).json();
    // (another item a natural person may answer: the generic form)
    const otherItem = other.items.find((i: { code: string; name: string }) => i.code !== itemCode && formFor(i.name).description);
    const reused = await post('zhangsan', '/api/cases', { itemCode: otherItem.code, form: formFor(otherItem.name) }, { 'idempotency-key': 'k-reuse-1' });
    expect(reused.status).toBe(409);
    const after = await sql<{ n: number }>`select count(*)::int as n from case_file`.execute(t.db.database.db);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n + 1);
  });

  it('runs a case from submission through correction and acceptance to conclusion', async () => {
    const created = await (await submit('zhangsan', `full-${engine}`)).json();
    expect(created).toMatchObject({ state: 'initial_review', stateLabel: '待初审', phase: 'pending_acceptance', applicant: { type: '1', name: '张三' } });
    expect(created.actions.map((a: { key: string }) => a.key)).toEqual(['withdraw']);

    const queue = await get('item-manager', '/api/workbench/queue?pageSize=100');
    expect(queue.status).toBe(200);
    const mine = queue.body.items.find((c: { id: string }) => c.id === created.id);
    expect(mine.actions.map((a: { key: string }) => a.key).sort()).toEqual(['accept', 'reject', 'request_correction']);

    // Other applicants cannot see it at all; an expert without a queue role for it cannot act.
    expect((await get('lisi', `/api/cases/${created.id}`)).status).toBe(404);
    expect((await post('lisi', `/api/cases/${created.id}/actions/withdraw`, {})).status).toBe(404);
    expect((await post('expert', `/api/cases/${created.id}/actions/accept`, {})).status).toBe(404);

    const noReason = await post('item-manager', `/api/cases/${created.id}/actions/request_correction`, { opinion: '' });
    expect(noReason.status).toBe(422);
    expect((await noReason.json()).message).toBe('请填写理由或意见');
    const corr = await post('item-manager', `/api/cases/${created.id}/actions/request_correction`, { opinion: '成果评价报告缺少专家签字页，请补正。', expectedVersion: 1 });
    expect(corr.status).toBe(200);
    expect((await corr.json()).stateLabel).toBe('待补正');
    expect((await post('item-manager', `/api/cases/${created.id}/actions/accept`, {})).status).toBe(409); // not from 待补正

    // The applicant's correction may update the application.
    // … and provide the required materials (acceptance requires them).
    expect(await provideRequiredMaterials(who.zhangsan!.b, who.zhangsan!.csrf, created.id)).toBeGreaterThan(0);
    const corrected = genericForm('申请登记“一种实验动物饲料配方”科技成果，已补充专家签字页。');
    // (checked like a submission: an unknown field is refused and nothing changes)
    const badResub = await post('zhangsan', `/api/cases/${created.id}/actions/resubmit`, { form: { ...corrected, signaturePage: '已补充' } });
    expect(badResub.status).toBe(400);
    expect((await badResub.json()).message).toContain('申请表中没有这些栏目：signaturePage');
    const resub = await post('zhangsan', `/api/cases/${created.id}/actions/resubmit`, { form: corrected });
    expect(resub.status).toBe(200);
    const resubmitted = await resub.json();
    expect(resubmitted.form).toEqual(corrected);
    const v = resubmitted.version;
    // Staff cannot rewrite it (and the refused request changes nothing).
    expect((await post('item-manager', `/api/cases/${created.id}/actions/reject`, { opinion: '不符合条件', form: genericForm('x') })).status).toBe(403);

    // Two clerks accept at the same moment: one wins, the other is told the case changed.
    const [a, b] = await Promise.all([
      post('item-manager', `/api/cases/${created.id}/actions/accept`, { expectedVersion: v }),
      post('item-manager', `/api/cases/${created.id}/actions/accept`, { expectedVersion: v }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect((await loser.json()).code).toBe('CASE_CHANGED');

    const decided = await post('decision-maker', `/api/cases/${created.id}/actions/approve`, {});
    expect(decided.status).toBe(200);
    const done = await decided.json();
    expect(done).toMatchObject({ state: 'approved', phase: 'concluded', conclusion: '0', actions: [] });
    expect(done.acceptedAt).toBeTruthy();
    expect(done.concludedAt).toBeTruthy();

    // (the material uploads of the correction are on the timeline too; case-materials tests look at them)
    const timeline = (await get('zhangsan', `/api/cases/${created.id}/timeline`)).body.events.filter((e: { kind: string }) => !e.kind.startsWith('material.'));
    expect(timeline.map((e: { action: string }) => e.action)).toEqual(['提交申请', '退回补正', '提交补正材料', '受理', '准予']);
    expect(timeline[1]).toMatchObject({ stepResult: '5', opinion: '成果评价报告缺少专家签字页，请补正。', actorName: '周敏', byApplicant: false, transition: 'request_correction', toStateKey: 'correction' });
    expect(timeline[2]).toMatchObject({ actorName: '张三', byApplicant: true });
    const outbox = await sql<{ n: number }>`select count(*)::int as n from outbox_message where payload->>'caseId' = ${created.id} and topic = 'platform.case'`.execute(t.db.database.db);
    expect(outbox.rows[0]!.n).toBe(5); // one platform push per change
    const notices = await sql<{ topic: string }>`select topic from outbox_message where payload->>'caseId' = ${created.id} and topic like 'notice.%' order by id`.execute(t.db.database.db);
    expect(notices.rows.map((r) => r.topic)).toEqual(['notice.correction_requested', 'notice.accepted', 'notice.concluded']);
    expect((await get('zhangsan', '/api/cases')).body.items.some((c: { id: string }) => c.id === created.id)).toBe(true);
  });

  it('does not take online applications for items that are not offered online', async () => {
    const offline = buildItem({ name: '仅窗口办理事项', onlineDepth: '2', visits: 1, windows: [{ name: '科技厅窗口', address: '合肥市', hours: '工作日', phone: '0551-00000000' }] });
    await t.catalog.importPublished({ id: 'system:test' }, [offline]);
    const res = await post('zhangsan', '/api/cases', { itemCode: offline.code, form: {} }, { 'idempotency-key': `offline-${engine}` });
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('ITEM_NOT_APPLICABLE');
  });

  it('keeps an enterprise\'s cases with the enterprise, not with the person', async () => {
    const c = await (await submit('ah-tech', `ent-${engine}`)).json();
    expect(c.applicant).toMatchObject({ type: '2', name: '安徽某某智能科技股份有限公司' });
    expect((await get('ah-tech', '/api/cases')).body.items.map((x: { id: string }) => x.id)).toContain(c.id);
    // After switching to the other enterprise, the first one's cases are not listed.
    const me = (await get('ah-tech', '/api/me')).body;
    const other = me.enterprises.find((e: { creditCode: string }) => e.creditCode !== me.enterprise.creditCode);
    await post('ah-tech', '/api/me/enterprise', { creditCode: other.creditCode });
    expect((await get('ah-tech', '/api/cases')).body.items.map((x: { id: string }) => x.id)).not.toContain(c.id);
    expect((await get('ah-tech', `/api/cases/${c.id}`)).status).toBe(404);
  });

  it('numbers the 10,000th case of an item on a day with five digits instead of repeating a number', async () => {
    const first = await (await submit('zhangsan', `k-10000-a-${engine}`)).json();
    const day = first.caseNo.slice(itemCode.length, itemCode.length + 8);
    await sql`update case_number_counter set last = 9999 where item_code = ${itemCode} and day = ${day}`.execute(t.db.database.db);
    const a = await submit('zhangsan', `k-10000-b-${engine}`);
    const b = await submit('zhangsan', `k-10000-c-${engine}`);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect([(await a.json()).caseNo, (await b.json()).caseNo]).toEqual([`${itemCode}${day}10000`, `${itemCode}${day}10001`]);
  });
});

/** The 4-digit serials of case numbers, sorted. */
function n0(numbers: string[]): number[] {
  return numbers.map((n) => Number(n.slice(-4))).sort((a, b) => a - b);
}
