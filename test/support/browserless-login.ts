// Drives the real OIDC login over HTTP, as a browser would, without one: follows redirects
// by hand and keeps cookies in a jar (sent everywhere: extra cookies are harmless here).
export class CookieJar {
  readonly cookies = new Map<string, string>();
  store(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(c) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface Browserless {
  jar: CookieJar;
  /** A request with the jar's cookies; does not follow redirects. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export function browserless(base: string): Browserless {
  const jar = new CookieJar();
  return {
    jar,
    async fetch(path, init = {}) {
      const url = path.startsWith('http') ? path : base + path;
      const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
      jar.store(res);
      return res;
    },
  };
}

/** Follows redirects from `res` until a non-redirect answer; returns it and the URL it came from. */
export async function follow(b: Browserless, res: Response, from: string): Promise<{ res: Response; url: string }> {
  let url = from;
  for (let i = 0; i < 15 && res.status >= 300 && res.status < 400; i++) {
    url = new URL(res.headers.get('location')!, url).href;
    res = await b.fetch(url);
  }
  return { res, url };
}

/** Logs in through /auth/login and the provider's login form; returns where the browser ends up. */
export async function login(b: Browserless, base: string, username: string, password = 'Demo@2026', returnTo = '/') {
  const start = await follow(b, await b.fetch(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`), base + '/auth/login');
  const html = await start.res.text();
  const action = /action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no login form at ${start.url}: ${html.slice(0, 200)}`);
  const posted = await b.fetch(new URL(action, start.url).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
  if (posted.status === 401) return { ok: false as const, html: await posted.text(), url: start.url };
  const end = await follow(b, posted, new URL(action, start.url).href);
  return { ok: true as const, url: end.url, status: end.res.status };
}

/** A signed-in API client: its cookies and its CSRF token (for writes). */
export interface Client {
  b: Browserless;
  csrf: string;
}

/** Signs each user in, one after another, and returns their clients by username. */
export async function signInClients(base: string, usernames: readonly string[]): Promise<Record<string, Client>> {
  const who: Record<string, Client> = {};
  for (const u of usernames) {
    const b = browserless(base);
    const r = await login(b, base, u);
    if (!r.ok) throw new Error(`${u} could not sign in`);
    who[u] = { b, csrf: (await (await b.fetch('/api/me')).json()).csrfToken };
  }
  return who;
}
