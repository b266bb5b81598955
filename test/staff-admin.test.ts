// Staff administration by a signed-in administrator: roles and scopes are managed, every
// change is audited with before and after, personal data is masked in lists and reading it
// in full is audited; deactivating someone ends their sessions.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../server/modules/identity/idp/demo-accounts.ts';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';

describe.each(engines)('staff administration on %s', (engine) => {
  let t: ListeningApp;
  let admin: Browserless;
  let csrf: string;
  const json = (body: unknown) => ({ 'content-type': 'application/json', 'x-csrf-token': csrf, body: JSON.stringify(body) });
  const send = (method: string, path: string, body?: unknown) => {
    const { body: b, ...headers } = json(body ?? {});
    return admin.fetch(path, { method, headers, body: body === undefined ? undefined : b });
  };

  beforeAll(async () => {
    t = await listeningApp(engine);
    admin = browserless(t.url);
    await login(admin, t.url, 'admin');
    csrf = (await (await admin.fetch('/api/me')).json()).csrfToken;
  });
  afterAll(async () => t.close());

  it('lists staff with ID numbers and mobiles masked', async () => {
    const res = await admin.fetch('/api/admin/staff?pageSize=100');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.total).toBe(demoAccounts.filter((a) => a.kind === 'staff').length);
    for (const s of body.items) {
      expect(s.idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
      expect(s.mobileMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    }
    expect(JSON.stringify(body)).not.toMatch(/\d{17}[\dX]/);
  });

  it('makes a known person staff without overwriting what the identity platform said about them', async () => {
    const citizen = browserless(t.url);
    await login(citizen, t.url, 'zhangsan');
    const z = demoAccounts.find((a) => a.username === 'zhangsan')!;
    const res = await send('POST', '/api/admin/staff', { idNumber: z.idNumber, name: '张三（误填）', staffNo: 'KJ-777', office: '计划处', roles: [{ role: 'window_clerk', scope: {} }] });
    expect(res.status).toBe(201);
    expect((await res.json()).name).toBe(z.name);
  });

  it('adds a staff member, validating the ID number with a Chinese message', async () => {
    const bad = await send('POST', '/api/admin/staff', { idNumber: '340104199003071234', name: '王五', staffNo: 'KJ-900', office: '计划处', roles: [] });
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toContain('校验');
    const created = await send('POST', '/api/admin/staff', {
      idNumber: '340104199003071235', name: '王五', mobile: '13800009999', staffNo: 'KJ-900', office: '计划处',
      roles: [{ role: 'expert', scope: { items: ['1134000000300281002000172001000'] } }],
    });
    expect(created.status).toBe(201);
    const s = await created.json();
    expect(s).toMatchObject({ name: '王五', idNumberMasked: '3401**********1235', roles: [{ role: 'expert' }] });
    const again = await send('POST', '/api/admin/staff', { idNumber: '340104199003071235', name: '王五', staffNo: 'KJ-901', office: '计划处', roles: [] });
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('STAFF_EXISTS');
    const taken = await send('POST', '/api/admin/staff', { idNumber: '340104199003071243', name: '赵九', staffNo: 'KJ-900', office: '计划处', roles: [] });
    expect((await taken.json()).code).toBe('STAFF_NO_TAKEN');
  });

  it('changes roles and scopes with before/after on record, and deactivation ends sessions', async () => {
    const expert = browserless(t.url);
    await login(expert, t.url, 'expert');
    expect((await expert.fetch('/api/me')).status).toBe(200);
    const list = (await (await admin.fetch('/api/admin/staff?q=' + encodeURIComponent('专家'))).json()).items;
    const target = list.find((x: { roles: { role: string }[] }) => x.roles.some((r) => r.role === 'expert')) ?? list[0];
    const upd = await send('PUT', `/api/admin/staff/${target.personId}`, { office: target.office, active: false, roles: [{ role: 'expert', scope: { offices: ['条件财务处'] } }] });
    expect(upd.status).toBe(200);
    expect(await upd.json()).toMatchObject({ active: false, roles: [{ role: 'expert', scope: { offices: ['条件财务处'] } }] });
    expect((await expert.fetch('/api/me')).status).toBe(401);
    const rows = await sql<{ data: { before: unknown; after: unknown } }>`select data from audit_event where action = 'staff.updated' and subject_id = ${target.personId}`.execute(t.db.database.db);
    expect(rows.rows[0]!.data).toMatchObject({ before: { active: true }, after: { active: false } });
  });

  it('refuses to let an administrator lock themselves out', async () => {
    // The demo has one administrator: the one signed in here.
    const self = (await (await admin.fetch('/api/admin/staff?pageSize=100')).json()).items.find((x: { roles: { role: string }[] }) => x.roles.some((r) => r.role === 'admin'));
    const res = await send('PUT', `/api/admin/staff/${self.personId}`, { office: self.office, active: true, roles: [{ role: 'supervisor', scope: {} }] });
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('STAFF_SELF_CHANGE');
  });

  it('shows full personal data only on request, and records who read it', async () => {
    const target = (await (await admin.fetch('/api/admin/staff?pageSize=1')).json()).items[0];
    const res = await admin.fetch(`/api/admin/staff/${target.personId}/personal-data`);
    expect(res.status).toBe(200);
    const full = await res.json();
    expect(full.idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(full.idNumber.slice(0, 4) + '**********' + full.idNumber.slice(-4)).toBe(target.idNumberMasked);
    const reads = await sql<{ actor: string }>`select actor from audit_event where action = 'personal_data.read' and subject_id = ${target.personId}`.execute(t.db.database.db);
    expect(reads.rows).toHaveLength(1);
    expect(reads.rows[0]!.actor).toMatch(/^person:/);
  });
});
