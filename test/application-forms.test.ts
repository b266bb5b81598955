// Application forms over HTTP with real logins, on each engine: submissions checked against
// the item's form (missing, unknown and wrong answers named in Chinese, nothing stored), the
// applicant's identity written by the server, prefill from the identity and from an earlier
// case (一表申请), drafts saved, resumed, deleted and kept from everyone else.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { genericForm, labAnimalProductionForm } from './support/application-forms.ts';
import { engines } from './support/databases.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';

describe.each(engines)('application forms on %s', (engine) => {
  let t: ListeningApp;
  const who: Record<string, { b: Browserless; csrf: string }> = {};
  const codes: Record<string, string> = {};
  const J1P = '实验动物生产许可证核发';
  const J1U = '实验动物使用许可证核发';
  const GENERIC = '科技成果登记';

  const send = async (u: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await who[u]!.b.fetch(path, {
      method, headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), 'x-csrf-token': who[u]!.csrf, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: res.status === 204 ? null : await res.json() };
  };
  const submit = (u: string, item: string, form: Record<string, unknown>) => send(u, 'POST', '/api/cases', { itemCode: codes[item], form }, { 'idempotency-key': crypto.randomUUID() });
  const cases = async () => (await sql<{ n: number }>`select count(*)::int as n from case_file`.execute(t.db.database.db)).rows[0]!.n;

  beforeAll(async () => {
    t = await listeningApp(engine);
    for (const name of [J1P, J1U, GENERIC]) {
      const list = await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent(name)}`)).json();
      codes[name] = list.items.find((i: { name: string }) => i.name === name).code;
    }
    for (const u of ['hefei-bio', 'ah-tech', 'zhangsan', 'lisi', 'item-manager']) {
      const b = browserless(t.url);
      await login(b, t.url, u);
      who[u] = { b, csrf: (await (await b.fetch('/api/me')).json()).csrfToken };
    }
  }, 120_000);
  afterAll(async () => t.close());

  it('refuses missing, unknown and wrong answers, naming each field, and stores nothing', async () => {
    const before = await cases();
    const empty = await submit('hefei-bio', J1P, {});
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('FORM_INVALID');
    expect(empty.body.message).toMatch(/^请填写必填项：/);
    for (const label of ['法定代表人', '单位地址', '申请类型', '生产的实验动物种类', '设施地址', '主要技术人员']) expect(empty.body.message).toContain(label);
    expect(empty.body.message).not.toContain('申请单位名称'); // filled in from the identity
    expect(empty.body.details.problems.find((p: { path: string }) => p.path === 'facilityAddress')).toMatchObject({ kind: 'missing', label: '设施地址' });

    const unknown = await submit('hefei-bio', J1P, { ...labAnimalProductionForm(), status: 'approved' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toBe('申请表中没有这些栏目：status');

    const wrong = await submit('hefei-bio', J1P, {
      ...labAnimalProductionForm(), facilityArea: '很大', contactPhone: '12345', species: ['99'], envTestDate: '2026-02-30',
      keyStaff: [{ name: '', post: '负责人' }],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toContain('设施总面积应为数字');
    expect(wrong.body.message).toContain('联系电话应为 11 位手机号码或带区号的固定电话');
    expect(wrong.body.message).toContain('生产的实验动物种类请从选项中选择');
    expect(wrong.body.message).toContain('设施环境检测报告日期不是有效日期');
    expect(wrong.body.message).toContain('主要技术人员第 1 行·姓名');
    expect(await cases()).toBe(before);
  });

  it('writes who the applicant is from the identity, whatever the browser sends', async () => {
    const c = await submit('hefei-bio', J1P, { ...labAnimalProductionForm(), unitName: '冒名顶替有限公司', unitCreditCode: '91340100MA2T5K7W54' });
    expect(c.status).toBe(201);
    expect(c.body.form).toMatchObject({ unitName: '合肥某某生物科技有限公司', unitCreditCode: '91340100MA2K8B3D8J', facilityArea: 1200 });
    const shown = await send('hefei-bio', 'GET', `/api/cases/${c.body.id}/application-form`);
    expect(shown.status).toBe(200);
    expect(shown.body.entries.slice(0, 2).map((e: { label: string; text: string }) => [e.label, e.text])).toEqual([['申请单位名称', '合肥某某生物科技有限公司'], ['统一社会信用代码', '91340100MA2K8B3D8J']]);
    expect(shown.body.entries.find((e: { key: string }) => e.key === 'species').text).toBe('小鼠、大鼠');
    expect(shown.body.entries.find((e: { key: string }) => e.key === 'keyStaff').table.rows).toEqual([['李某', '设施负责人', '高级实验师', 'AH-2024-001']]);
    expect((await send('lisi', 'GET', `/api/cases/${c.body.id}/application-form`)).status).toBe(404);
  });

  it('prefills from the identity and from the applicant\'s earlier case', async () => {
    // (hefei-bio applied for the production licence above)
    const p = await send('hefei-bio', 'GET', `/api/catalog/items/${codes[J1U]}/application-prefill`);
    expect(p.status).toBe(200);
    expect(p.body.locked).toEqual({ unitName: '合肥某某生物科技有限公司', unitCreditCode: '91340100MA2K8B3D8J' });
    expect(p.body.values).toMatchObject({
      legalRepresentative: '王五', unitAddress: '合肥市高新区望江西路800号 创新产业园二期B4栋', contactName: '王五', contactPhone: '13800000003',
      facilityAddress: '安徽省合肥市高新区望江西路 800 号 3 号楼', facilityArea: 1200, staffTotal: 25,
      keyStaff: [{ name: '李某', post: '设施负责人', title: '高级实验师', certificateNo: 'AH-2024-001' }],
    });
    expect(p.body.sources).toMatchObject({ unitName: 'identity', contactPhone: 'identity', facilityAddress: 'previous', keyStaff: 'previous' });
    // Answers without a prefill source (the dates of this application) start empty.
    expect(p.body.values.envTestDate).toBeUndefined();

    // Another enterprise's handler gets their own facts, nothing of hefei-bio's cases.
    const other = await send('ah-tech', 'GET', `/api/catalog/items/${codes[J1U]}/application-prefill`);
    expect(other.body.locked.unitName).toBe('安徽某某智能科技股份有限公司');
    expect(other.body.values.facilityAddress).toBeUndefined();

    // A natural person: name and mobile; the address from their earlier case of another item.
    expect((await send('zhangsan', 'GET', `/api/catalog/items/${codes[GENERIC]}/application-prefill`)).body.values).toEqual({ contactName: '张三', contactPhone: '13800000001' });
    expect((await submit('zhangsan', GENERIC, genericForm())).status).toBe(201);
    const again = await send('zhangsan', 'GET', `/api/catalog/items/${codes[GENERIC]}/application-prefill`);
    expect(again.body.values).toEqual({ contactName: '张三', contactPhone: '13800000001', address: '安徽省合肥市蜀山区某某路 1 号' });
    // Staff apply through the window desk: nothing to prefill for themselves.
    expect((await send('item-manager', 'GET', `/api/catalog/items/${codes[GENERIC]}/application-prefill`)).body).toEqual({ values: {}, sources: {}, locked: {} });
  });

  it('saves, resumes and deletes drafts; the submission replaces the draft; others never see it', async () => {
    const path = `/api/me/drafts/${codes[J1U]}`;
    expect((await send('hefei-bio', 'GET', path)).status).toBe(404);
    // Half-typed answers are kept as they are; unknown fields are refused.
    const saved = await send('hefei-bio', 'PUT', path, { form: { contactPhone: '138', facilityArea: 800 } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ itemCode: codes[J1U], itemName: J1U, form: { contactPhone: '138', facilityArea: 800 } });
    const bad = await send('hefei-bio', 'PUT', path, { form: { facilityArea: 800, hack: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('申请表中没有这些栏目：hack');
    const resaved = await send('hefei-bio', 'PUT', path, { form: { contactPhone: '13800000003', facilityArea: 900 } });
    expect(resaved.body.id).toBe(saved.body.id); // one draft per applicant and item
    expect((await send('hefei-bio', 'GET', path)).body.form).toEqual({ contactPhone: '13800000003', facilityArea: 900 });
    expect((await send('hefei-bio', 'GET', '/api/me/drafts')).body.items.map((d: { itemName: string }) => d.itemName)).toEqual([J1U]);

    // Nobody else: another enterprise, a person, staff.
    for (const u of ['ah-tech', 'zhangsan', 'item-manager']) {
      expect((await send(u, 'GET', path)).status, u).toBe(404);
      expect((await send(u, 'DELETE', path)).status, u).toBe(404);
      expect((await send(u, 'GET', '/api/me/drafts')).body.items, u).toEqual([]);
    }
    expect((await send('item-manager', 'PUT', path, { form: {} })).status).toBe(403);

    // Submitting makes the case and removes the draft.
    const c = await submit('hefei-bio', J1U, { ...labAnimalProductionForm(), annualOutput: undefined, useScope: '科研实验' });
    expect(c.status).toBe(201);
    expect((await send('hefei-bio', 'GET', path)).status).toBe(404);
    expect((await send('hefei-bio', 'GET', '/api/me/drafts')).body.items).toEqual([]);

    // A draft deleted by hand is gone.
    expect((await send('zhangsan', 'PUT', `/api/me/drafts/${codes[GENERIC]}`, { form: { description: '写了一半' } })).status).toBe(200);
    expect((await send('zhangsan', 'DELETE', `/api/me/drafts/${codes[GENERIC]}`)).status).toBe(204);
    expect((await send('zhangsan', 'GET', `/api/me/drafts/${codes[GENERIC]}`)).status).toBe(404);
  });

  it('keeps an enterprise\'s draft with the enterprise', async () => {
    const path = `/api/me/drafts/${codes[GENERIC]}`;
    expect((await send('ah-tech', 'PUT', path, { form: { description: '母公司的草稿' } })).status).toBe(200);
    const me = (await send('ah-tech', 'GET', '/api/me')).body;
    const other = me.enterprises.find((e: { creditCode: string }) => e.creditCode !== me.enterprise.creditCode);
    const switched = await send('ah-tech', 'POST', '/api/me/enterprise', { creditCode: other.creditCode });
    who['ah-tech']!.csrf = switched.body.csrfToken;
    expect((await send('ah-tech', 'GET', path)).status).toBe(404);
    const back = await send('ah-tech', 'POST', '/api/me/enterprise', { creditCode: me.enterprise.creditCode });
    who['ah-tech']!.csrf = back.body.csrfToken;
    expect((await send('ah-tech', 'GET', path)).body.form).toEqual({ description: '母公司的草稿' });
  });
});
