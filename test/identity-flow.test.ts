// Unified login end to end over real HTTP against the bundled identity provider, on each
// engine: claims → accounts, sessions (expiry, revocation, logout), enterprise switching,
// CSRF, replay and open-redirect defences, staff roles on the admin API, rate limiting, audit.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../server/modules/identity/idp/demo-accounts.ts';
import { engines } from './support/databases.ts';
import { browserless, follow, login } from './support/browserless-login.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';

const account = (username: string) => demoAccounts.find((a) => a.username === username)!;

describe.each(engines)('unified login on %s', (engine) => {
  let t: ListeningApp;
  beforeAll(async () => {
    t = await listeningApp(engine);
  });
  afterAll(async () => t.close());

  const me = async (b: ReturnType<typeof browserless>) => {
    const res = await b.fetch('/api/me');
    return { status: res.status, body: await res.json() };
  };

  it('logs a natural person in and back to where they were; /api/me matches the account', async () => {
    const b = browserless(t.url);
    const r = await login(b, t.url, 'zhangsan', undefined, '/items?q=x');
    expect(r).toMatchObject({ ok: true, url: `${t.url}/items?q=x` });
    const { status, body } = await me(b);
    expect(status).toBe(200);
    const z = account('zhangsan');
    expect(body).toMatchObject({ subjectType: 'natural', name: z.name, enterprise: null, roles: [] });
    expect(body.idNumberMasked).toBe(`${z.idNumber.slice(0, 4)}**********${z.idNumber.slice(-4)}`);
    const audit = await sql<{ action: string; data: Record<string, unknown> }>`select action, data from audit_event where action = 'login.succeeded' order by id desc limit 1`.execute(t.db.database.db);
    expect(audit.rows[0]!.data.idNumber).toBe(body.idNumberMasked); // never the full number in the log
  });

  it('answers 401 with a code when nobody is logged in', async () => {
    const res = await fetch(`${t.url}/api/me`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 'NOT_AUTHENTICATED', message: '请先登录' });
  });

  it('lets a handler switch between their enterprises without logging in again, and nowhere else', async () => {
    const b = browserless(t.url);
    await login(b, t.url, 'ah-tech');
    const first = (await me(b)).body;
    expect(first.subjectType).toBe('legal');
    expect(first.enterprises).toHaveLength(2);
    const other = first.enterprises.find((e: { creditCode: string }) => e.creditCode !== first.enterprise.creditCode);
    const post = (body: unknown, csrf?: string) =>
      b.fetch('/api/me/enterprise', { method: 'POST', headers: { 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) }, body: JSON.stringify(body) });

    const noCsrf = await post({ creditCode: other.creditCode });
    expect(noCsrf.status).toBe(403);
    expect((await noCsrf.json()).code).toBe('CSRF_TOKEN_INVALID');
    expect((await post({ creditCode: other.creditCode }, 'forged')).status).toBe(403);
    expect((await me(b)).body.enterprise.creditCode).toBe(first.enterprise.creditCode);

    const switched = await post({ creditCode: other.creditCode }, first.csrfToken);
    expect(switched.status).toBe(200);
    expect((await switched.json()).enterprise.creditCode).toBe(other.creditCode);
    expect((await me(b)).body.enterprise.creditCode).toBe(other.creditCode);

    const foreign = await post({ creditCode: account('hefei-bio').kind === 'legal' ? (account('hefei-bio') as { enterprises: { creditCode: string }[] }).enterprises[0]!.creditCode : '' }, first.csrfToken);
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).code).toBe('ENTERPRISE_NOT_LINKED');
    const bad = await post({ creditCode: '91340100MA2T5K7W55' }, first.csrfToken);
    expect(bad.status).toBe(400);
  });

  it('refuses a replayed callback and a callback from another browser', async () => {
    const b = browserless(t.url);
    const start = await b.fetch('/auth/login');
    const authorize = await follow(b, start, `${t.url}/auth/login`);
    const html = await authorize.res.text();
    const action = new URL(/action="([^"]+)"/.exec(html)![1]!, authorize.url).href;
    const posted = await b.fetch(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=lisi&password=Demo%402026' });
    // Follow up to (not into) our callback, to keep its URL.
    let res = posted;
    let url = action;
    while (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).href;
      if (url.startsWith(`${t.url}/auth/callback`)) break;
      res = await b.fetch(url);
    }
    expect(url).toContain('/auth/callback?code=');
    const stranger = browserless(t.url);
    expect((await stranger.fetch(url)).status).toBe(401); // no login cookie: another browser
    expect((await b.fetch(url)).status).toBe(302); // the real one
    expect((await b.fetch(url)).status).toBe(401); // replayed
    const failed = await sql<{ n: number }>`select count(*)::int as n from audit_event where action = 'login.failed'`.execute(t.db.database.db);
    expect(failed.rows[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('comes back silently while the provider session lasts, and asks again with prompt=login', async () => {
    const b = browserless(t.url);
    await login(b, t.url, 'lisi');
    const again = await follow(b, await b.fetch('/auth/login?returnTo=/x'), `${t.url}/auth/login`);
    expect(again.url).toBe(`${t.url}/x`); // single sign-on: no login page
    const fresh = await follow(b, await b.fetch('/auth/login?prompt=login'), `${t.url}/auth/login`);
    expect(fresh.url).toContain('/idp/interaction/');
    expect(await fresh.res.text()).toContain('id="login-submit"');
  });

  it('still ends the provider session when ours has already expired', async () => {
    const b = browserless(t.url);
    await login(b, t.url, 'lisi');
    b.jar.cookies.delete('kzt_session'); // as if our session had expired
    const out = await b.fetch('/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(out.status).toBe(200);
    expect((await out.json()).redirect).toMatch(new RegExp(`^${t.url}/idp/session/end`));
  });

  it('moves a login started on another host name to the public address first', async () => {
    const other = t.url.replace('127.0.0.1', 'localhost');
    const res = await fetch(`${other}/auth/login?returnTo=/items`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${t.url}/auth/login?returnTo=/items`);
  });

  it('never redirects off-site after login', async () => {
    const b = browserless(t.url);
    expect((await login(b, t.url, 'lisi', undefined, '//evil.example/x')).url).toBe(`${t.url}/`);
    const c = browserless(t.url);
    expect((await login(c, t.url, 'lisi', undefined, 'https://evil.example/')).url).toBe(`${t.url}/`);
  });

  it('lists sessions, ends another one, and logs out of both the platform and the provider', async () => {
    const laptop = browserless(t.url);
    const phone = browserless(t.url);
    await login(laptop, t.url, 'lisi');
    await login(phone, t.url, 'lisi');
    const csrf = (await me(laptop)).body.csrfToken;
    const list = (await (await laptop.fetch('/api/me/sessions')).json()).sessions;
    const current = list.find((s: { current: boolean }) => s.current);
    const other = list.find((s: { current: boolean; active: boolean }) => !s.current && s.active);
    expect(current).toBeTruthy();
    expect(other).toBeTruthy();
    const del = await laptop.fetch(`/api/me/sessions/${other.id}`, { method: 'DELETE', headers: { 'x-csrf-token': csrf } });
    expect(del.status).toBe(204);
    expect((await me(phone)).status).toBe(401);
    expect((await laptop.fetch(`/api/me/sessions/${other.id}`, { method: 'DELETE', headers: { 'x-csrf-token': csrf } })).status).toBe(404);

    const out = await laptop.fetch('/auth/logout', { method: 'POST', headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: '{}' });
    expect(out.status).toBe(200);
    const { redirect } = await out.json();
    expect(redirect).toMatch(new RegExp(`^${t.url}/idp/session/end\\?`));
    expect(new URL(redirect).searchParams.get('id_token_hint')).toBeTruthy();
    expect((await me(laptop)).status).toBe(401);
    // The provider's logout page confirms by itself and returns to the portal.
    const page = await laptop.fetch(redirect);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('op.logoutForm');
  });

  it('gives catalogue administration to staff with the role, and to no one else', async () => {
    const manager = browserless(t.url);
    await login(manager, t.url, 'item-manager');
    const m = (await me(manager)).body;
    expect(m).toMatchObject({ subjectType: 'staff', roles: expect.arrayContaining(['item_manager']) });
    expect((await manager.fetch('/api/admin/catalog/items')).status).toBe(200);

    const expert = browserless(t.url);
    await login(expert, t.url, 'expert');
    const denied = await expert.fetch('/api/admin/catalog/items');
    expect(denied.status).toBe(403);
    expect((await denied.json()).code).toBe('FORBIDDEN');

    const citizen = browserless(t.url);
    await login(citizen, t.url, 'zhangsan');
    expect((await citizen.fetch('/api/admin/catalog/items')).status).toBe(403);
    expect((await fetch(`${t.url}/api/admin/catalog/items`)).status).toBe(401);
  });

  it('locks an account for a while after repeated wrong passwords, and audits each failure', async () => {
    const b = browserless(t.url);
    const first = await follow(b, await b.fetch('/auth/login'), `${t.url}/auth/login`);
    const action = new URL(/action="([^"]+)"/.exec(await first.res.text())![1]!, first.url).href;
    const attempt = (password: string) =>
      b.fetch(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ username: 'supervisor', password }).toString() });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong')).status).toBe(401);
    const locked = await attempt('Demo@2026'); // even the right password, while locked
    expect(locked.status).toBe(429);
    expect(await locked.text()).toContain('账号已临时锁定');
    const failed = await sql<{ n: number }>`select count(*)::int as n from audit_event where action = 'idp.login_failed' and subject_id = 'supervisor'`.execute(t.db.database.db);
    expect(failed.rows[0]!.n).toBe(5);
    // An unknown login typed as an ID number is audited masked, never in full.
    await b.fetch(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=340104199003071235&password=x' });
    const masked = await sql<{ n: number }>`select count(*)::int as n from audit_event where subject_id = '3401**********1235'`.execute(t.db.database.db);
    expect(masked.rows[0]!.n).toBe(1);
  });
});

describe('session lifetime', () => {
  let t: ListeningApp;
  beforeAll(async () => {
    t = await listeningApp('pglite', { session: { idleSeconds: 1, maxSeconds: 3600 } });
  });
  afterAll(async () => t.close());

  it('ends a session left idle past the limit', async () => {
    const b = browserless(t.url);
    await login(b, t.url, 'zhangsan');
    expect((await b.fetch('/api/me')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await b.fetch('/api/me')).status).toBe(401);
  });
  it('rate-limits starting logins from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await fetch(`${t.url}/auth/login`, { redirect: 'manual' })).status);
    // 30 logins a minute per address (one was used by the test above), then 429.
    expect(statuses.filter((s) => s === 302)).toHaveLength(29);
    expect(statuses.slice(29)).toEqual([429, 429]);
    const res = await fetch(`${t.url}/auth/login`, { redirect: 'manual' });
    expect(await res.json()).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^请求过于频繁/) });
  });

});
