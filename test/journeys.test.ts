// The three journeys of the seeds, from submission to conclusion, through the API with the
// demo accounts, on each engine: J1 实验动物许可, J2 高新技术企业认定, J3 科技计划项目立项.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserless, login, signInClients, type Client } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { DEMO_EXPERTS, drawAndAnswer as drawPanelAndAnswer } from './support/expert-panels.ts';
import { TEST_NOTICE_2027 } from './support/calendar.ts';
import { formFor } from './support/application-forms.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { provideRequiredMaterials } from './support/materials.ts';

describe.each(engines)('journeys J1–J3 on %s', (engine) => {
  let t: ListeningApp;
  let today: Date;
  const who: Record<string, Client> = {};
  const users = ['hefei-bio', 'ah-tech', 'ah-institute', 'item-manager', 'decision-maker', 'window-clerk', 'service-point', 'receiving-unit', ...DEMO_EXPERTS.map((a) => a.username)];

  beforeAll(async () => {
    // A controlled clock: the applications are accepted on Monday 2026-11-23 (China time).
    today = new Date('2026-11-23T02:00:00Z');
    t = await listeningApp(engine, { now: () => today });
    Object.assign(who, await signInClients(t.url, users));
  }, 120_000);
  afterAll(async () => t.close());

  const codeOf = async (name: string) => (await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent(name)}`)).json()).items.find((i: { name: string }) => i.name === name).code as string;
  const post = async (u: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await who[u]!.b.fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf, ...headers }, body: JSON.stringify(body) });
    const json = await res.json();
    if (res.status >= 300) throw new Error(`${u} POST ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  /** One step by a staff member from their queue. */
  async function step(u: string, id: string, action: string, opinion?: string) {
    const visible = (await (await who[u]!.b.fetch('/api/workbench/queue?pageSize=100')).json()).items.find((x: { id: string }) => x.id === id);
    expect(visible, `${u} should have the case in their queue before ${action}`).toBeTruthy();
    return post(u, `/api/cases/${id}/actions/${action}`, { opinion, expectedVersion: visible.version });
  }

  /**
   * The expert step: the reviewer draws the panel by the step's rule, then each drawn expert
   * finds the case in their queue and answers (opinion, score, recommendation).
   */
  async function drawAndAnswer(id: string, score = 85) {
    const panel = await drawPanelAndAnswer(who, 'item-manager', id, {
      opinion: '材料真实完整，同意。',
      score,
      beforeAnswer: async (u) => {
        const queue = (await (await who[u]!.b.fetch('/api/workbench/queue?pageSize=100')).json()).items;
        expect(queue.map((x: { id: string }) => x.id), `${u} should have the case in their queue`).toContain(id);
      },
    });
    expect(panel).toMatchObject({ open: true, method: 'draw', answered: 0 }); // as drawn, before the answers
  }

  /** Plays the steps in order; each is [who, action, opinion?] ('@experts': draw and answer); returns the final case. */
  async function play(applicant: string, itemName: string, steps: Array<[string, string, string?]>) {
    let c = await post(applicant, '/api/cases', { itemCode: await codeOf(itemName), form: formFor(itemName) }, { 'idempotency-key': crypto.randomUUID() });
    // The applicant provides the required materials (uploads, or 告知承诺 where allowed) before acceptance.
    expect(await provideRequiredMaterials(who[applicant]!.b, who[applicant]!.csrf, c.id)).toBeGreaterThan(0);
    for (const [u, action, opinion] of steps) {
      if (u === '@experts') {
        await drawAndAnswer(c.id);
        continue;
      }
      const visible =
        u === applicant
          ? await (await who[u]!.b.fetch(`/api/cases/${c.id}`)).json()
          : (await (await who[u]!.b.fetch('/api/workbench/queue?pageSize=100')).json()).items.find((x: { id: string }) => x.id === c.id);
      expect(visible, `${u} should have ${c.caseNo} in their queue before ${action}`).toBeTruthy();
      expect(visible.actions.map((a: { key: string }) => a.key), `${u} may ${action}`).toContain(action);
      c = await post(u, `/api/cases/${c.id}/actions/${action}`, { opinion, expectedVersion: visible.version });
    }
    return c;
  }

  it('J1 实验动物生产许可: initial review, expert pre-review, correction, online acceptance, paper, inspection, licence', async () => {
    const c = await play('hefei-bio', '实验动物生产许可证核发', [
      ['item-manager', 'pass_initial', '材料齐全，转专家预审'],
      ['@experts', 'draw'],
      ['item-manager', 'request_correction', '1. 设施环境检测报告超过3个月，请补充最新报告；2. 从业人员名单缺少培训证明。'],
      ['hefei-bio', 'resubmit'],
      ['item-manager', 'pass_initial', '补正材料已齐全'],
      ['@experts', 'draw'],
      ['item-manager', 'pass_prereview', '预审通过'],
      ['item-manager', 'accept_online'],
      ['window-clerk', 'confirm_paper', '纸质材料与网上预审版本一致'],
      ['@experts', 'draw'],
      ['item-manager', 'finish_inspection', '现场验收合格'],
      ['decision-maker', 'approve'],
    ]);
    expect(c).toMatchObject({ state: 'licensed', phase: 'concluded', conclusion: '0' });
    // Accepted on 2026-11-23: 20 working days (acceptance day not counted, no holidays in
    // between) end on 2026-12-21; the statutory 60 reach into 2027, whose calendar is not
    // loaded: that deadline stays open and the administrators are told.
    expect(c.limits).toMatchObject({ promisedDays: 20, statutoryDays: 60, promisedDeadline: '2026-12-21', statutoryDeadline: null, remainingWorkingDays: null });
    // (recorded just after the computation, outside the case's transaction)
    const missing = async () => (await sql<{ n: number }>`select count(*)::int as n from audit_event where action = 'calendar.year_missing' and subject_id = '2027'`.execute(t.db.database.db)).rows[0]!.n;
    await expect.poll(missing).toBe(1);
    const events = (await (await who['hefei-bio']!.b.fetch(`/api/cases/${c.id}/timeline`)).json()).events;
    expect(events.filter((e: { kind: string }) => e.kind === 'submitted' || e.kind === 'transition')).toHaveLength(10);
    expect(events.filter((e: { kind: string }) => e.kind === 'experts.drawn').map((e: { action: string }) => e.action)).toEqual(['随机抽取评审专家 3 名', '随机抽取评审专家 3 名', '随机抽取评审专家 3 名']);
    expect(events.find((e: { stepResult: string }) => e.stepResult === '4').action).toBe('确认收到纸质材料，受理完成');
  });

  it('counts down in working days from acceptance, and fills in a deadline once its year is loaded', async () => {
    const c = await play('hefei-bio', '实验动物使用许可证核发', [
      ['item-manager', 'pass_initial'],
      ['@experts', 'draw'],
      ['item-manager', 'pass_prereview'],
      ['item-manager', 'accept_online'],
      ['item-manager', 'confirm_paper'],
    ]);
    expect(c.limits).toMatchObject({ promisedDeadline: '2026-12-21', remainingWorkingDays: 20, statutoryDeadline: null });
    const admin = browserless(t.url);
    await login(admin, t.url, 'admin');
    const csrf = (await (await admin.fetch('/api/me')).json()).csrfToken;
    const put = await admin.fetch('/api/admin/calendar/2027', { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(TEST_NOTICE_2027) });
    expect(put.status).toBe(200);
    const again = await (await who['hefei-bio']!.b.fetch(`/api/cases/${c.id}`)).json();
    expect(again.limits.statutoryDeadline).toMatch(/^2027-/);
  });

  it('J2 高新技术企业认定: initial review, service point, receiving unit, expert review, publicity (clock stopped), recognition', async () => {
    const played = await play('ah-tech', '高新技术企业认定', [
      ['item-manager', 'pass_initial'],
      ['service-point', 'service_point_received'],
      ['receiving-unit', 'confirm_receipt'],
    ]);
    const accepted = played.limits;
    expect(accepted).toMatchObject({ promisedDays: 30, clockStopped: false, suspendedWorkingDays: 0 });
    expect(accepted.promisedDeadline).toBeTruthy(); // (2027 was loaded by the test above)
    today = new Date('2026-11-25T02:00:00Z');
    // The review cannot close before the experts have been drawn and have all answered.
    const early = await who['item-manager']!.b.fetch(`/api/cases/${played.id}/actions/finish_review`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who['item-manager']!.csrf }, body: JSON.stringify({ opinion: '评审完成' }),
    });
    expect(early.status).toBe(422);
    await drawAndAnswer(played.id, 82);
    const panel = (await (await who['item-manager']!.b.fetch(`/api/cases/${played.id}/experts`)).json()).panels[0];
    expect(panel).toMatchObject({ total: 5, answered: 5, averageScore: 82 });
    // Never anyone from the applicant's own unit nor with a declared relation to it.
    expect(panel.reviews.map((r: { name: string }) => r.name)).not.toContain('曹雪梅');
    expect(panel.reviews.map((r: { name: string }) => r.name)).not.toContain('华丽');
    let c = await step('item-manager', played.id, 'finish_review', '创新能力评价 82 分，符合认定条件');
    expect(c.limits).toMatchObject({ clockStopped: true, promisedDeadline: accepted.promisedDeadline });
    const frozen = c.limits.remainingWorkingDays;
    today = new Date('2026-12-09T02:00:00Z'); // ten working days of publicity later
    expect((await (await who['ah-tech']!.b.fetch(`/api/cases/${c.id}`)).json()).limits.remainingWorkingDays).toBe(frozen);
    c = await step('item-manager', c.id, 'end_publicity');
    const cal = await t.calendar.current();
    expect(c.limits).toMatchObject({ clockStopped: false, suspendedWorkingDays: 10, promisedDeadline: cal.addWorkingDays(accepted.promisedDeadline, 10) });
    c = await step('decision-maker', c.id, 'approve');
    expect(c).toMatchObject({ state: 'recognized', conclusion: '0', applicant: { type: '2' } });
    expect(c.acceptedAt).toBeTruthy();
    // The recognition is sealed and delivered to the enterprise (自动用印): 高新技术企业认定通知书.
    const seal = await sql<{ kind: string }>`select payload->>'kind' as kind from outbox_message where payload->>'caseId' = ${c.id} and topic = 'documents.issue'`.execute(t.db.database.db);
    expect(seal.rows.map((r) => r.kind)).toEqual(['recognition_notice']);
  });

  it('J3 科技计划项目立项: formal review, expert review, publicity, approval', async () => {
    const c = await play('ah-institute', '科技计划项目立项', [
      ['item-manager', 'pass_formal'],
      ['@experts', 'draw'],
      ['item-manager', 'finish_review', '项目创新性强，建议立项'],
      ['item-manager', 'end_publicity'],
      ['decision-maker', 'approve'],
    ]);
    expect(c).toMatchObject({ state: 'approved', conclusion: '0', applicant: { type: '3' } });
    const outbox = await sql<{ n: number }>`select count(*)::int as n from outbox_message where payload->>'caseId' = ${c.id} and topic = 'platform.case'`.execute(t.db.database.db);
    expect(outbox.rows[0]!.n).toBe(5); // one platform push per change (notices and 双公示 have their own topics)
    // … and the approval's automatic seal (自动用印) queued with it.
    const seal = await sql<{ n: number }>`select count(*)::int as n from outbox_message where payload->>'caseId' = ${c.id} and topic = 'documents.issue'`.execute(t.db.database.db);
    expect(seal.rows[0]!.n).toBe(1);
  });
});
