// Expert panels over HTTP with real logins, on each engine: J2's random draw by its rule (200
// draws, never anyone excluded, each on record and replayable from its seed), manual
// assignment, a pool too small, experts seeing only their assigned cases, the guard
// expertsAnswered, the 会签 view, and role data scopes narrowing the queue.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawPanel } from '../server/modules/experts/draw.ts';
import { demoAccounts } from '../server/modules/identity/idp/demo-accounts.ts';
import { SHIPPED } from '../server/modules/workflow/registry.ts';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { formFor } from './support/application-forms.ts';
import { provideRequiredMaterials } from './support/materials.ts';

const experts = demoAccounts.filter((a) => a.kind === 'staff' && a.roles.includes('expert'));
const usernameOf = (name: string) => experts.find((a) => a.name === name)!.username;
const categoryOf = (name: string) => (experts.find((a) => a.name === name) as { expert: { category: string } }).expert.category;
const J2_RULE = SHIPPED.find((d) => d.key === 'high-tech-recognition')!.states.expert_review!.experts!;

describe.each(engines)('expert panels on %s', (engine) => {
  let t: ListeningApp;
  const who: Record<string, { b: Browserless; csrf: string }> = {};
  let j2: string; // 高企认定 by 安徽某某智能科技 (where 曹雪梅 works; 华丽 declared a relation)
  let j3: string; // 科技计划项目立项 by 安徽省某某科学研究院

  const send = async (u: string, method: string, path: string, body?: unknown) => {
    const res = await who[u]!.b.fetch(path, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };
  const get = (u: string, path: string) => send(u, 'GET', path);
  const queueIds = async (u: string) => (await get(u, '/api/workbench/queue?pageSize=100')).body.items.map((x: { id: string }) => x.id);
  const act = async (u: string, id: string, action: string, opinion?: string) => send(u, 'POST', `/api/cases/${id}/actions/${action}`, { opinion });

  beforeAll(async () => {
    t = await listeningApp(engine);
    for (const u of ['ah-tech', 'ah-institute', 'item-manager', 'manager-decider', 'service-point', 'receiving-unit', 'admin', ...experts.map((a) => a.username)]) {
      const b = browserless(t.url);
      await login(b, t.url, u);
      who[u] = { b, csrf: (await (await b.fetch('/api/me')).json()).csrfToken };
    }
    // (submissions need the idempotency header)
    const submit = async (u: string, name: string) => {
      const code = (await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent(name)}`)).json()).items.find((i: { name: string }) => i.name === name).code;
      const res = await who[u]!.b.fetch('/api/cases', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf, 'idempotency-key': crypto.randomUUID() }, body: JSON.stringify({ itemCode: code, form: formFor(name) }) });
      expect(res.status, `${u} submits ${name}`).toBe(201);
      const id = (await res.json()).id as string;
      await provideRequiredMaterials(who[u]!.b, who[u]!.csrf, id); // (acceptance needs them)
      return id;
    };
    j2 = await submit('ah-tech', '高新技术企业认定');
    expect((await act('item-manager', j2, 'pass_initial')).status).toBe(200);
    expect((await act('service-point', j2, 'service_point_received')).status).toBe(200);
    expect((await act('receiving-unit', j2, 'confirm_receipt')).status).toBe(200);
    j3 = await submit('ah-institute', '科技计划项目立项');
    expect((await act('item-manager', j3, 'pass_formal')).status).toBe(200);
  }, 180_000);
  afterAll(async () => t.close());

  it('draws by J2\'s rule 200 times, never an excluded expert, each draw on record and replayable from its seed', async () => {
    const candidates = (await get('item-manager', `/api/cases/${j2}/experts/candidates`)).body;
    const excluded = Object.fromEntries(candidates.experts.filter((e: { excludedFor: string[] }) => e.excludedFor.length).map((e: { name: string; excludedFor: string[] }) => [e.name, e.excludedFor]));
    expect(excluded).toEqual({ 曹雪梅: ['SAME_UNIT'], 华丽: ['DECLARED_RELATION'] });
    const times = new Map<string, number>();
    for (let i = 0; i < 200; i++) {
      const r = await send('item-manager', 'POST', `/api/cases/${j2}/experts/draw`, {});
      expect(r.status).toBe(200);
      const names: string[] = r.body.panels[0].reviews.map((x: { name: string }) => x.name);
      expect(names).toHaveLength(5);
      expect(names.filter((n) => categoryOf(n) === 'technical').length).toBeGreaterThanOrEqual(3); // ≥ 60 %
      expect(names.filter((n) => categoryOf(n) === 'financial').length).toBeGreaterThanOrEqual(1);
      expect(names.filter((n) => n in excluded)).toEqual([]);
      for (const n of names) times.set(n, (times.get(n) ?? 0) + 1);
    }
    // Every eligible expert came up (8 of them; random, not a fixed order).
    expect([...times.keys()].sort()).toEqual(candidates.experts.filter((e: { excludedFor: string[] }) => !e.excludedFor.length).map((e: { name: string }) => e.name).sort());
    const db = t.db.database.db;
    const audits = await db.selectFrom('audit_event').select('data').where('action', '=', 'experts.drawn').where('subject_id', '=', j2).orderBy('id').execute();
    expect(audits).toHaveLength(200);
    const last = audits[199]!.data as { seed: string; eligible: string[]; candidates: number; excluded: Array<{ reasons: string[] }>; chosen: Array<{ personId: string }> };
    expect(last).toMatchObject({ candidates: 10, seed: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(last.excluded.map((x) => x.reasons)).toEqual(expect.arrayContaining([['SAME_UNIT'], ['DECLARED_RELATION']]));
    // Replaying the recorded seed over the recorded candidates gives the same panel.
    const pool = await db.selectFrom('expert_profile').select(['person_id', 'category']).where('person_id', 'in', last.eligible).execute();
    const replay = drawPanel(J2_RULE, pool.map((x) => ({ personId: x.person_id, category: x.category })), Buffer.from(last.seed, 'hex'));
    expect(replay.ok && replay.chosen.map((x) => x.personId).sort()).toEqual(last.chosen.map((x) => x.personId).sort());
    const events = (await get('item-manager', `/api/cases/${j2}/timeline`)).body.events.filter((e: { kind: string }) => e.kind === 'experts.drawn');
    expect(events).toHaveLength(200);
    const panels = await sql<{ open: number; replaced: number }>`select count(*) filter (where closed_at is null)::int as open, count(*) filter (where close_reason = 'replaced')::int as replaced from case_expert_panel where case_id = ${j2}`.execute(db);
    expect(panels.rows[0]).toEqual({ open: 1, replaced: 199 });
  }, 180_000);

  it('says which rule fails when the pool cannot satisfy it', async () => {
    const list = (await get('admin', '/api/admin/experts?category=financial')).body.items as Array<{ personId: string; name: string; active: boolean }>;
    const profile = (await get('admin', '/api/admin/experts')).body.items;
    const others = list.filter((e) => e.name !== '华丽'); // 华丽 is excluded for this applicant anyway
    const change = (e: { personId: string }, active: boolean) => {
      const p = profile.find((x: { personId: string }) => x.personId === e.personId);
      return send('admin', 'PUT', `/api/admin/experts/${e.personId}`, { category: p.category, fields: p.fields, unitName: p.unitName, unitCreditCode: p.unitCreditCode, relations: p.relations, active });
    };
    for (const e of others) expect((await change(e, false)).status).toBe(200);
    const r = await send('item-manager', 'POST', `/api/cases/${j2}/experts/draw`, {});
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('EXPERT_POOL_INSUFFICIENT');
    expect(r.body.message).toContain('可抽取的财务专家不足：规则要求至少 1 名');
    expect(r.body.message).toContain('仅有 0 名');
    for (const e of others) expect((await change(e, true)).status).toBe(200);
    // Only staff holding the expert role get a profile.
    const staff = await t.db.database.db.selectFrom('staff_role').select('person_id').where('role', '=', 'decision_maker').executeTakeFirstOrThrow();
    const bad = await send('admin', 'POST', '/api/admin/experts', { personId: staff.person_id, category: 'technical', fields: [], unitName: '某单位', unitCreditCode: null, relations: [], active: true });
    expect(bad.body.code).toBe('EXPERT_ROLE_REQUIRED');
  });

  it('assigns by hand only a panel that meets the rule, with nobody to be excluded', async () => {
    const names = (cat: string) => experts.filter((a) => (a as { expert: { category: string } }).expert.category === cat).map((a) => a.name);
    const ids = async (id: string, wanted: string[]) => {
      const all = (await get('item-manager', `/api/cases/${id}/experts/candidates`)).body.experts as Array<{ personId: string; name: string }>;
      return wanted.map((n) => all.find((e) => e.name === n)!.personId);
    };
    const four = await send('item-manager', 'POST', `/api/cases/${j3}/experts/assign`, { experts: await ids(j3, names('technical').slice(0, 4)) });
    expect(four).toMatchObject({ status: 422, body: { code: 'EXPERT_COMPOSITION_INVALID' } });
    expect(four.body.message).toContain('专家人数不足：规则要求至少 5 名，现为 4 名');
    const fewTech = await send('item-manager', 'POST', `/api/cases/${j3}/experts/assign`, { experts: await ids(j3, [...names('technical').slice(0, 2), ...names('financial')]) });
    expect(fewTech.body.message).toContain('技术专家不足');
    const conflicted = await send('item-manager', 'POST', `/api/cases/${j2}/experts/assign`, { experts: await ids(j2, ['曹雪梅', '吴涛', '孔明远', '陶静', '严立新']) });
    expect(conflicted).toMatchObject({ status: 409, body: { code: 'EXPERT_EXCLUDED' } });
    expect(conflicted.body.message).toContain('曹雪梅须回避（专家所在单位即申请单位）');
    const ok = await send('item-manager', 'POST', `/api/cases/${j3}/experts/assign`, { experts: await ids(j3, ['吴涛', '孔明远', '严立新', '姜宁', '戚伟']) });
    expect(ok.status).toBe(200);
    expect(ok.body.panels[0]).toMatchObject({ method: 'manual', total: 5, answered: 0, open: true });
  });

  it('lets only assigned experts see the case; closes after every expert answered; shows the answers side by side', async () => {
    const assigned = ['吴涛', '孔明远', '严立新', '姜宁', '戚伟'].map(usernameOf);
    const outsider = usernameOf('金鹏');
    expect((await get(outsider, `/api/cases/${j3}`)).status).toBe(404);
    expect((await get(outsider, `/api/cases/${j3}/timeline`)).status).toBe(404);
    expect((await get(outsider, `/api/cases/${j3}/experts`)).status).toBe(404);
    expect((await send(outsider, 'PUT', `/api/cases/${j3}/experts/answer`, { opinion: '同意', score: 90, recommendation: 'agree' })).status).toBe(404);
    expect(await queueIds(outsider)).not.toContain(j3);
    for (const u of assigned) expect(await queueIds(u)).toContain(j3);

    const bad = await send(assigned[0]!, 'PUT', `/api/cases/${j3}/experts/answer`, { opinion: '同意', score: 101, recommendation: 'agree' });
    expect(bad.status).toBe(400);
    const scores = [90, 80, 70, 85, 60];
    for (const [i, u] of assigned.entries()) {
      if (i === assigned.length - 1) {
        // One expert still to answer: the reviewer cannot close the step.
        const blocked = await act('item-manager', j3, 'finish_review', '评审完成');
        expect(blocked).toMatchObject({ status: 422, body: { code: 'GUARD_FAILED', details: { guard: 'expertsAnswered' } } });
      }
      const r = await send(u, 'PUT', `/api/cases/${j3}/experts/answer`, { opinion: `意见${i}`, score: scores[i], recommendation: i === 4 ? 'agree_after_changes' : 'agree' });
      expect(r.status).toBe(200);
      // An expert sees only their own answer.
      expect(r.body.panels[0].reviews).toHaveLength(1);
      expect(r.body.panels[0].reviews[0]).toMatchObject({ mine: true, score: scores[i] });
    }
    // Editable until the step closes.
    const edited = await send(assigned[4]!, 'PUT', `/api/cases/${j3}/experts/answer`, { opinion: '修改后的意见', score: 65, recommendation: 'agree' });
    expect(edited.body.panels[0].reviews[0]).toMatchObject({ opinion: '修改后的意见', score: 65, recommendation: 'agree' });
    const view = (await get('item-manager', `/api/cases/${j3}/experts`)).body;
    expect(view.panels[0]).toMatchObject({ answered: 5, total: 5, averageScore: 78 });
    expect(view.panels[0].reviews.map((r: { score: number }) => r.score).sort()).toEqual([65, 70, 80, 85, 90]);
    expect((await send('item-manager', 'POST', `/api/cases/${j3}/experts/draw`, {})).body.code).toBe('EXPERT_PANEL_LOCKED');
    expect((await get('ah-institute', `/api/cases/${j3}/experts`)).status).toBe(403);

    expect((await act('item-manager', j3, 'finish_review', '评审通过，平均 78 分')).status).toBe(200);
    const late = await send(assigned[0]!, 'PUT', `/api/cases/${j3}/experts/answer`, { opinion: '再改', score: 10, recommendation: 'disagree' });
    expect(late).toMatchObject({ status: 409, body: { code: 'EXPERT_STEP_NOT_OPEN' } });
    // The expert still reads the case they reviewed, but it has left their queue.
    expect((await get(assigned[0]!, `/api/cases/${j3}`)).status).toBe(200);
    expect(await queueIds(assigned[0]!)).not.toContain(j3);
    expect((await get('item-manager', `/api/cases/${j3}/experts`)).body.panels[0]).toMatchObject({ open: false, closeReason: 'step_closed' });
  });

  it('narrows the work queue and case reads to the role\'s data scope', async () => {
    // 何静 (事项管理人, scope: 高新技术处) sees the 高企认定 case, not the 计划处 project.
    const j3b = (await (await who['ah-institute']!.b.fetch('/api/cases', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who['ah-institute']!.csrf, 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ itemCode: (await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent('科技计划项目立项')}`)).json()).items[0].code, form: formFor('科技计划项目立项') }),
    })).json()).id;
    expect(await queueIds('item-manager')).toEqual(expect.arrayContaining([j2, j3b]));
    const scoped = await queueIds('manager-decider');
    expect(scoped).toContain(j2);
    expect(scoped).not.toContain(j3b);
    expect((await get('manager-decider', `/api/cases/${j3b}`)).status).toBe(404);
    expect((await get('manager-decider', `/api/cases/${j2}`)).status).toBe(200);
  });
});
