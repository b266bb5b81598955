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
const OUTBOX_READERS = { roles: ['admin', 'supervisor'], scope: 'integration:manage' } as const;
const OUTBOX_MANAGERS = { roles: ['admin'], scope: 'integration:manage' } as const;
const CREDIT_CHECKERS = { roles: ['item_manager', 'decision_maker', 'window_clerk', 'admin'] } as const;
const PAPER_DESK = { roles: ['item_manager', 'window_clerk', 'service_point_clerk', 'receiving_unit_clerk'] } as const;
const PAPER_READ = { roles: ['service_point_clerk', 'receiving_unit_clerk', 'item_manager', 'supervisor'] } as const;
const SERVICE_POINT = { roles: ['service_point_clerk'] } as const;
const RECEIVING_UNIT = { roles: ['receiving_unit_clerk'] } as const;
const FOLLOWUP_OFFICES = { roles: ['item_manager', 'window_clerk', 'decision_maker', 'supervisor'] } as const;
const SUPERVISORS = { roles: ['supervisor', 'admin'] } as const;
const TASK_REPORTERS = { roles: ['item_manager', 'window_clerk', 'decision_maker', 'service_point_clerk', 'receiving_unit_clerk', 'expert', 'supervisor', 'admin'] } as const;
const DASHBOARD_VIEWERS = { roles: ['supervisor', 'decision_maker', 'admin'] } as const;
const INQUIRY_HANDLERS = { roles: ['item_manager', 'window_clerk', 'decision_maker', 'supervisor', 'admin'] } as const;
const DATA_REQUEST_READERS = { roles: ['item_manager', 'decision_maker', 'supervisor', 'admin'] } as const;
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
  'POST /api/cases/{id}/materials/{index}/tolerance': 'public',
  'GET /api/cases/{id}/materials/{index}/reusable': 'public',
  'POST /api/cases/{id}/materials/{index}/reuse': 'public',
  'GET /api/cases/{id}/materials/{index}/file': 'public',
  // Application forms: prefill and drafts are the caller's own (staff get nothing, others' drafts 404);
  // the case's form follows the per-case rule. application-forms.test.ts.
  'GET /api/catalog/items/{code}/application-prefill': 'signed-in',
  'GET /api/me/drafts': 'signed-in',
  'GET /api/me/drafts/{code}': 'signed-in',
  'PUT /api/me/drafts/{code}': 'signed-in',
  'DELETE /api/me/drafts/{code}': 'signed-in',
  'GET /api/cases/{id}/application-form': 'public',
  // 延期 by the head of the office (行政许可法 §42); the deadline summary for supervisors.
  'GET /api/cases/{id}/extension': { roles: ['decision_maker'] },
  'POST /api/cases/{id}/extensions': { roles: ['decision_maker'] },
  'GET /api/supervision/deadline-reports': { roles: ['supervisor', 'admin'] },
  'GET /api/supervision/deadline-reports/{day}': { roles: ['supervisor', 'admin'] },
  // Notices: the same per-case rule as the case itself (desk.test.ts).
  'GET /api/cases/{id}/notices': 'public',
  'GET /api/cases/{id}/notices/{kind}': 'public',
  'GET /api/desk/applicant': { roles: ['window_clerk'] },
  'POST /api/desk/cases': { roles: ['window_clerk'] },
  'GET /api/admin/workflows': ADMIN,
  // Stamped application PDFs: per-case like materials (paper-intake.test.ts); regenerating is the item manager's.
  'GET /api/cases/{id}/documents/application': 'public',
  'GET /api/cases/{id}/documents/application/{version}/file': 'public',
  'POST /api/cases/{id}/documents/application/regenerate': { roles: ['item_manager'] },
  // Paper intake by scan (paper-intake.test.ts, test/e2e/paper-journey.test.ts).
  'POST /api/paper/scan': PAPER_DESK,
  'POST /api/paper/confirm': PAPER_DESK,
  'GET /api/paper/batches': PAPER_READ,
  'POST /api/paper/batches': SERVICE_POINT,
  'GET /api/paper/batches/{id}': PAPER_READ,
  'POST /api/paper/batches/{id}/items': SERVICE_POINT,
  'DELETE /api/paper/batches/{id}/items/{caseId}': SERVICE_POINT,
  'GET /api/paper/batches/{id}/manifest': PAPER_READ,
  'POST /api/paper/batches/{id}/mail': SERVICE_POINT,
  'POST /api/paper/batches/{id}/check': RECEIVING_UNIT,
  'POST /api/paper/batches/{id}/close': RECEIVING_UNIT,
  'GET /api/workbench/queue': { roles: ['item_manager', 'decision_maker', 'window_clerk', 'expert', 'service_point_clerk', 'receiving_unit_clerk'] },
  'GET /api/admin/experts': { roles: ['admin', 'item_manager', 'supervisor'] },
  'POST /api/admin/experts': ADMIN,
  'PUT /api/admin/experts/{personId}': ADMIN,
  // A case's expert panels: per case as above (404 unless visible; experts see their own answers); experts-panel.test.ts.
  'GET /api/cases/{id}/experts': 'signed-in',
  'GET /api/cases/{id}/experts/candidates': { roles: ['item_manager'] },
  'POST /api/cases/{id}/experts/assign': { roles: ['item_manager'] },
  'POST /api/cases/{id}/experts/draw': { roles: ['item_manager'] },
  'PUT /api/cases/{id}/experts/answer': { roles: ['expert'] },
  'GET /api/admin/staff': ADMIN,
  'POST /api/admin/staff': ADMIN,
  'PUT /api/admin/staff/{personId}': ADMIN,
  'GET /api/admin/staff/{personId}/personal-data': ADMIN,
  // Seals, sealed documents and licences (documents-seal.test.ts tests them case by case).
  'GET /api/admin/seals': ADMIN,
  'POST /api/admin/seals/demo': ADMIN,
  'POST /api/admin/seals/import': ADMIN,
  'PATCH /api/admin/seals/{id}': ADMIN,
  'GET /api/admin/seals/{id}/image': ADMIN,
  'GET /api/admin/seals/{id}/usage': ADMIN,
  'GET /api/cases/{id}/documents': 'public', // per case, 404 for others
  'POST /api/cases/{id}/documents': { roles: ['item_manager', 'decision_maker', 'window_clerk'] },
  'GET /api/cases/{id}/documents/to-issue': { roles: ['item_manager', 'decision_maker', 'window_clerk'] },
  'GET /api/cases/{id}/documents/{documentId}/file': 'signed-in',
  'GET /api/licences/mine': 'signed-in',
  'GET /api/licences/{id}': 'signed-in', // the holder or licence readers; 404 for others
  'GET /api/licences/{id}/file': 'signed-in',
  'GET /api/admin/licences': { roles: ['item_manager', 'decision_maker', 'window_clerk', 'supervisor', 'admin'] },
  'POST /api/admin/licences/{id}/revoke': { roles: ['decision_maker', 'admin'] },
  'GET /api/licences/public-keys': 'public',
  'POST /api/verify/licence': 'public',
  'GET /api/admin/calendar/years': ADMIN,
  'GET /api/admin/calendar/deadline': ADMIN,
  'GET /api/admin/calendar/{year}': ADMIN,
  'PUT /api/admin/calendar/{year}': ADMIN,
  // Integration (issue 6): outbox, reconciliation, notices, credit, data sharing.
  'GET /api/admin/outbox': OUTBOX_READERS,
  'GET /api/admin/outbox/summary': OUTBOX_READERS,
  'POST /api/admin/outbox/{id}/retry': OUTBOX_MANAGERS,
  'POST /api/admin/outbox/{id}/discard': OUTBOX_MANAGERS,
  'GET /api/admin/platform/reconciliations': OUTBOX_READERS,
  'POST /api/admin/platform/reconciliations': OUTBOX_MANAGERS,
  'GET /api/admin/notice-deliveries': OUTBOX_READERS,
  'GET /api/admin/notice-templates': ADMIN,
  'PUT /api/admin/notice-templates/{kind}': ADMIN,
  'GET /api/me/notices': 'signed-in',
  'POST /api/me/notices/{id}/read': 'signed-in',
  'GET /api/me/notice-preferences': 'signed-in',
  'PUT /api/me/notice-preferences': 'signed-in',
  // Gateways call it with their shared token (checked in the route, after validation).
  'POST /api/integration/sms/receipts/{gateway}': 'public',
  'GET /api/cases/{id}/credit': CREDIT_CHECKERS,
  'POST /api/cases/{id}/credit/check': CREDIT_CHECKERS,
  'POST /api/cases/{id}/credit/override': { roles: ['decision_maker'] },
  'POST /api/admin/credit/list': ADMIN,
  'PUT /api/admin/credit/rules/{itemCode}': ADMIN,
  'GET /api/share/v1/cases/{caseNo}': { roles: [], scope: 'cases:read' },
  'GET /api/share/v1/licences/{licenceNo}': { roles: [], scope: 'licences:read' },
  'GET /api/share/v1/licences': { roles: [], scope: 'licences:read' },
  'POST /api/share/v1/licences/verify': { roles: [], scope: 'licences:read' },
  'POST /api/share/v1/data-requests': { roles: [], scope: 'data-requests:write' },
  'GET /api/share/v1/data-requests': { roles: [], scope: 'data-requests:write' },
  'GET /api/share/v1/data-requests/{id}': { roles: [], scope: 'data-requests:write' },
  // Data requests from other departments: 事项管理人 handles, 审批负责人 approves (or refuses the
  // approval kind), supervisors and admins see them (sharing-data-requests.test.ts).
  'GET /api/data-requests': DATA_REQUEST_READERS,
  'POST /api/data-requests': { roles: ['item_manager'] },
  'GET /api/data-requests/{id}': DATA_REQUEST_READERS,
  'POST /api/data-requests/{id}/approve': { roles: ['decision_maker'] },
  'POST /api/data-requests/{id}/answer': { roles: ['item_manager'] },
  'POST /api/data-requests/{id}/refuse': { roles: ['item_manager', 'decision_maker'] },
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
  'GET /api/supervision/dashboard': DASHBOARD_VIEWERS,
  'GET /api/supervision/dashboard/export': DASHBOARD_VIEWERS,
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
    params = { year: '2026', code: list.items[0].code, version: '1', personId: staffPerson.person_id, id: '00000000-0000-4000-8000-000000000000', action: 'accept', index: '0', day: 'latest', kind: 'acceptance', gateway: 'sms-a', caseNo: 'NO-SUCH-CASE', licenceNo: 'NO-SUCH-LICENCE', itemCode: list.items[0].code, documentId: '00000000-0000-4000-8000-000000000000' };
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
    // (one expert of the ten in the demo pool is enough: they all hold the same role)
    const usernames = ['zhangsan', 'ah-tech', ...demoAccounts.filter((a) => a.kind === 'staff' && !/^expert\d+$/.test(a.username)).map((a) => a.username)];
    for (const username of usernames) {
      const a = demoAccounts.find((x) => x.username === username)!;
      const client = browserless(t.url);
      const r = await login(client, t.url, username);
      expect(r.ok, username).toBe(true);
      const me = await (await client.fetch('/api/me')).json();
      callers.push({ label: username, roles: a.kind === 'staff' ? a.roles : [], scopes: [], signedIn: true, client, csrf: me.csrfToken });
    }
  }, 120_000);
  // Closing waits for the background workers (outbox, documents, PDF threads, jobs) the matrix woke up; on
  // PostgreSQL on a loaded 2-core machine that took over a minute once (see the issue note).
  afterAll(async () => t.close(), 180_000);

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
  }, 300_000); // (every route × every caller, on a shared machine)

  it('shows one applicant none of another applicant\'s sessions', async () => {
    const alice = callers.find((c) => c.label === 'zhangsan')!;
    const bob = callers.find((c) => c.label === 'ah-tech')!;
    const bobsSessions = (await (await bob.client!.fetch('/api/me/sessions')).json()).sessions;
    const res = await alice.client!.fetch(`/api/me/sessions/${bobsSessions[0].id}`, { method: 'DELETE', headers: { 'x-csrf-token': alice.csrf! } });
    expect(res.status).toBe(404);
    expect((await bob.client!.fetch('/api/me')).status).toBe(200);
  });
});
