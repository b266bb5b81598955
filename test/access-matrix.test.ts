// Every route of the API against every kind of caller: anonymous, each staff role, a
// natural person and an enterprise handler. A route missing from the table fails the test,
// so a new route cannot ship without saying who may use it (default deny).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../server/modules/identity/idp/demo-accounts.ts';
import { demoPrograms } from '../server/modules/identity/idp/demo-programs.ts';
import { STAFF_ROLES, type StaffRole } from '../server/modules/identity/roles.ts';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';

/** Who may use a route: everyone, any signed-in person, or staff holding one of the roles (and programs holding the scope). */
type Rule = 'public' | 'signed-in' | { roles: readonly StaffRole[]; scope?: string };

const CATALOG_MANAGERS = { roles: ['admin', 'item_manager'], scope: 'catalog:manage' } as const;
const ADMIN = { roles: ['admin'] } as const;
const FOLLOWUP_OFFICES = { roles: ['item_manager', 'window_clerk', 'decision_maker', 'supervisor'] } as const;
const SUPERVISORS = { roles: ['supervisor', 'admin'] } as const;
const TASK_REPORTERS = { roles: ['item_manager', 'window_clerk', 'decision_maker', 'service_point_clerk', 'receiving_unit_clerk', 'expert', 'supervisor', 'admin'] } as const;
const INQUIRY_HANDLERS = { roles: ['item_manager', 'window_clerk', 'decision_maker', 'supervisor', 'admin'] } as const;
const RULES: Record<string, Rule> = {
  'GET /api/health': 'public',
  'GET /api/catalog/items': 'public',
  'GET /api/catalog/items/{code}': 'public',
  'GET /api/catalog/facets': 'public',
  'GET /api/catalog/reform-figures': 'public',
  'GET /api/me': 'signed-in',
  'POST /api/me/enterprise': 'signed-in',
  'GET /api/me/sessions': 'signed-in',
  'DELETE /api/me/sessions/{id}': 'signed-in',
  'POST /auth/logout': 'public', // ends the session there is, and the provider's
  'GET /api/admin/catalog/items': CATALOG_MANAGERS,
  'POST /api/admin/catalog/items': CATALOG_MANAGERS,
  'GET /api/admin/catalog/items/{code}': CATALOG_MANAGERS,
  'PUT /api/admin/catalog/items/{code}/draft': CATALOG_MANAGERS,
  'DELETE /api/admin/catalog/items/{code}/draft': CATALOG_MANAGERS,
  'POST /api/admin/catalog/items/{code}/publish': CATALOG_MANAGERS,
  'POST /api/admin/catalog/items/{code}/retire': CATALOG_MANAGERS,
  'GET /api/admin/catalog/items/{code}/versions/{version}': CATALOG_MANAGERS,
  'GET /api/admin/catalog/items/{code}/diff': CATALOG_MANAGERS,
  'POST /api/cases': 'signed-in',
  'GET /api/cases': 'signed-in',
  // Per case: its applicant and staff who may read cases; everyone else gets 404 (not 403,
  // which would confirm the case exists). Tested case by case in cases-flow.test.ts.
  'GET /api/cases/{id}': 'public',
  'GET /api/cases/{id}/timeline': 'public',
  'POST /api/cases/{id}/actions/{action}': 'public',
  // Materials: the same per-case rule (only the applicant changes them); case-materials.test.ts.
  'GET /api/cases/{id}/materials': 'public',
  'POST /api/cases/{id}/materials/{index}': 'public',
  'POST /api/cases/{id}/materials/{index}/commitment': 'public',
  'GET /api/cases/{id}/materials/{index}/file': 'public',
  'GET /api/workbench/queue': { roles: ['item_manager', 'decision_maker', 'window_clerk', 'expert', 'service_point_clerk', 'receiving_unit_clerk'] },
  'GET /api/admin/staff': ADMIN,
  'POST /api/admin/staff': ADMIN,
  'PUT /api/admin/staff/{personId}': ADMIN,
  'GET /api/admin/staff/{personId}/personal-data': ADMIN,
  'GET /api/admin/calendar/years': ADMIN,
  'GET /api/admin/calendar/deadline': ADMIN,
  'GET /api/admin/calendar/{year}': ADMIN,
  'PUT /api/admin/calendar/{year}': ADMIN,
  // 好差评: rating a case follows the per-case rule (its applicant; others 404) — feedback-ratings.test.ts.
  'POST /api/cases/{id}/rating': 'signed-in',
  'GET /api/cases/{id}/rating': 'public',
  'POST /api/ratings/{id}/additions': 'signed-in', // the rater only; others 404
  'GET /api/rate/points/{code}': 'public',
  'POST /api/rate/points/{code}': 'public', // by QR after a visit, signed in or not
  'GET /api/admin/rating-points': ADMIN,
  'POST /api/admin/rating-points': ADMIN,
  'PATCH /api/admin/rating-points/{code}': ADMIN,
  'GET /api/feedback/followups': FOLLOWUP_OFFICES,
  'GET /api/feedback/followups/{id}': 'signed-in', // the office, supervisors and the rater; others 404
  'POST /api/feedback/followups/{id}/steps': FOLLOWUP_OFFICES,
  'POST /api/feedback/followups/{id}/response': 'signed-in', // the rater only
  'POST /api/ratings/{id}/appeal': FOLLOWUP_OFFICES,
  'GET /api/feedback/appeals': SUPERVISORS,
  'POST /api/feedback/appeals/{id}/decision': SUPERVISORS,
  'GET /api/feedback/figures': SUPERVISORS,
  'POST /api/supervision/task-imports': SUPERVISORS,
  'POST /api/supervision/tasks': SUPERVISORS,
  'GET /api/supervision/tasks': TASK_REPORTERS,
  'GET /api/supervision/tasks/{id}': TASK_REPORTERS,
  'POST /api/supervision/tasks/{id}/reports': TASK_REPORTERS,
  'GET /api/supervision/tasks/{id}/reports/{reportId}/evidence': TASK_REPORTERS,
  'POST /api/supervision/tasks/{id}/reminders': SUPERVISORS,
  'POST /api/supervision/tasks/{id}/close': SUPERVISORS,
  'POST /api/inquiries': 'public', // anyone, with a phone number when not signed in
  'GET /api/inquiries/track': 'public', // by tracking number + phone
  'GET /api/inquiries/mine': 'signed-in',
  'GET /api/catalog/items/{code}/questions': 'public',
  'GET /api/feedback/inquiries': INQUIRY_HANDLERS,
  'GET /api/feedback/inquiries/{id}': INQUIRY_HANDLERS,
  'POST /api/feedback/inquiries/{id}/claim': INQUIRY_HANDLERS,
  'POST /api/feedback/inquiries/{id}/forward': INQUIRY_HANDLERS,
  'POST /api/feedback/inquiries/{id}/answer': INQUIRY_HANDLERS,
};

interface Caller {
  label: string;
  roles: StaffRole[];
  scopes: string[];
  signedIn: boolean;
  client?: Browserless;
  csrf?: string;
  bearer?: string;
}

describe.each(engines)('access matrix on %s', (engine) => {
  let t: ListeningApp;
  const callers: Caller[] = [];
  let params: Record<string, string>;

  beforeAll(async () => {
    t = await listeningApp(engine);
    const list = await (await fetch(`${t.url}/api/catalog/items?pageSize=1`)).json();
    const staffPerson = await t.db.database.db.selectFrom('staff').select('person_id').executeTakeFirstOrThrow();
    params = { year: '2026', code: list.items[0].code, version: '1', personId: staffPerson.person_id, id: '00000000-0000-4000-8000-000000000000', action: 'accept', index: '0' };
    callers.push({ label: 'anonymous', roles: [], scopes: [], signedIn: false });
    for (const p of demoPrograms) {
      const res = await fetch(`${t.url}/idp/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${p.clientId}:${p.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: p.scopes.join(' ') }),
      });
      const { access_token } = await res.json();
      callers.push({ label: `program:${p.clientId}`, roles: [], scopes: p.scopes, signedIn: false, bearer: access_token });
    }
    const usernames = ['zhangsan', 'ah-tech', ...demoAccounts.filter((a) => a.kind === 'staff').map((a) => a.username)];
    for (const username of usernames) {
      const a = demoAccounts.find((x) => x.username === username)!;
      const client = browserless(t.url);
      const r = await login(client, t.url, username);
      expect(r.ok, username).toBe(true);
      const me = await (await client.fetch('/api/me')).json();
      callers.push({ label: username, roles: a.kind === 'staff' ? a.roles : [], scopes: [], signedIn: true, client, csrf: me.csrfToken });
    }
  }, 120_000);
  afterAll(async () => t.close());

  it('covers every route of the OpenAPI document, and every staff role', async () => {
    const spec = await (await fetch(`${t.url}/api/openapi.json`)).json();
    const routes = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.filter((r) => !(r in RULES)), 'routes without an access rule').toEqual([]);
    expect(Object.keys(RULES).filter((r) => !routes.includes(r)), 'rules for routes that do not exist').toEqual([]);
    for (const role of STAFF_ROLES) expect(callers.some((c) => c.roles.includes(role)), role).toBe(true);
  });

  it('gives each caller exactly the access the rules say', async () => {
    const failures: string[] = [];
    for (const [route, rule] of Object.entries(RULES)) {
      if (route === 'POST /auth/logout') continue; // would end the caller's session; tested in identity-flow
      const [method, template] = route.split(' ') as [string, string];
      const url = template.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(params[k]!)) + (route.endsWith('/diff') ? '?from=1&to=1' : '');
      for (const c of callers) {
        const allowed =
          rule === 'public' ||
          (rule === 'signed-in' ? c.signedIn : c.roles.some((r) => rule.roles.includes(r)) || (rule.scope !== undefined && c.scopes.includes(rule.scope)));
        const init: RequestInit = { method };
        // Mutations carry an empty, invalid body: allowed callers get 400, and nothing changes.
        if (method !== 'GET' && method !== 'DELETE') init.body = '{}';
        init.headers = {
          ...(init.body ? { 'content-type': 'application/json' } : {}),
          ...(c.csrf ? { 'x-csrf-token': c.csrf } : {}),
          ...(c.bearer ? { authorization: `Bearer ${c.bearer}` } : {}),
        };
        const res = c.client ? await c.client.fetch(url, init) : await fetch(t.url + url, init);
        const status = res.status;
        // Signed-in people and programs are known: 403; nobody, or a program on a people-only route: 401.
        const known = c.signedIn || (c.bearer !== undefined && typeof rule === 'object');
        const expected = allowed ? 'allowed' : known ? 403 : 401;
        const ok = allowed ? status !== 401 && status !== 403 && status < 500 : status === expected;
        if (!ok) failures.push(`${route} as ${c.label}: got ${status}, expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('shows one applicant none of another applicant\'s sessions', async () => {
    const alice = callers.find((c) => c.label === 'zhangsan')!;
    const bob = callers.find((c) => c.label === 'ah-tech')!;
    const bobsSessions = (await (await bob.client!.fetch('/api/me/sessions')).json()).sessions;
    const res = await alice.client!.fetch(`/api/me/sessions/${bobsSessions[0].id}`, { method: 'DELETE', headers: { 'x-csrf-token': alice.csrf! } });
    expect(res.status).toBe(404);
    expect((await bob.client!.fetch('/api/me')).status).toBe(200);
  });
});
