// Serves the bundled identity provider under /idp on the platform's own port: the
// provider's own endpoints (discovery, authorize, token, JWKS, end session) and our
// Chinese login interaction. Fastify must not read request bodies here: oidc-provider
// reads the raw stream itself, so this scope has a content parser that leaves it alone.
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.ts';
import { loginPage, messagePage } from './login-page.ts';
import { maskIdCard, maskMobile } from '../../../lib/mask.ts';
import { IDP_PATH, findAccount, passwordMatches, subjectOf } from './provider.ts';

const KIND_LABEL = { natural: '自然人', legal: '法人经办人', staff: '工作人员' } as const;
const FORM_LIMIT = 8 * 1024;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > FORM_LIMIT) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

export interface IdpHooks {
  /** Records a failed password check (audit log); `key` names the account or the masked input. */
  onLoginFailed(key: string, ip: string): Promise<void>;
  /** How many failed checks for this key in the lock window. */
  recentFailures(key: string): Promise<number>;
}

/** After this many wrong passwords for one account within the window, it is locked for the window. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_WINDOW_MINUTES = 15;

/** The audit key of a login attempt: the account's username, or the typed input with personal data masked. */
function attemptKey(login: string, account: { username: string } | undefined): string {
  if (account) return account.username;
  return /^\d{17}[\dXx]$/.test(login) ? maskIdCard(login) : /^1\d{10}$/.test(login) ? maskMobile(login) : login.slice(0, 32);
}

export function idpRoutes(getProvider: () => Promise<Provider>, hooks: IdpHooks) {
  return async (app: FastifyInstance) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));

    const html = (reply: FastifyReply, status: number, body: string) =>
      reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);

    const expired = (reply: FastifyReply) => html(reply, 400, messagePage('登录已失效', '登录页面已过期，请返回科政通重新点击“登录”。'));

    const demoRows = demoAccounts.map((a) => ({ username: a.username, label: a.kind === 'legal' ? `${a.name}（${a.enterprises.map((e) => e.name).join('、')}）` : a.kind === 'staff' ? `${a.name}（${a.office}）` : a.name, kind: KIND_LABEL[a.kind] }));

    app.get(`${IDP_PATH}/interaction/:uid`, { schema: { hide: true } }, async (req: FastifyRequest<{ Params: { uid: string } }>, reply) => {
      const provider = await getProvider();
      const details = await provider.interactionDetails(req.raw, reply.raw).catch(() => null);
      if (!details) return expired(reply);
      if (details.prompt.name === 'login') {
        const client = await provider.Client.find(String(details.params.client_id));
        return html(reply, 200, loginPage({ action: `${IDP_PATH}/interaction/${details.uid}/login`, clientName: client?.clientName ?? '科政通', demo: demoRows, demoPassword: DEMO_PASSWORD }));
      }
      // Consent: 科政通 is the platform's own first-party client, so the grant is given without asking.
      const { prompt, params, session, grantId } = details;
      const grant = grantId ? await provider.Grant.find(grantId) : new provider.Grant({ accountId: session!.accountId, clientId: String(params.client_id) });
      const missing = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
      if (missing.missingOIDCScope) grant!.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant!.addOIDCClaims(missing.missingOIDCClaims);
      const id = await grant!.save();
      reply.hijack();
      await provider.interactionFinished(req.raw, reply.raw, { consent: { grantId: id } }, { mergeWithLastSubmission: true });
    });

    app.post(`${IDP_PATH}/interaction/:uid/login`, {
      schema: { hide: true },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } }, // per address; per account below
    }, async (req: FastifyRequest<{ Params: { uid: string } }>, reply) => {
      const provider = await getProvider();
      const details = await provider.interactionDetails(req.raw, reply.raw).catch(() => null);
      if (!details) return expired(reply);
      const form = await readForm(req.raw).catch(() => new URLSearchParams());
      const login = (form.get('username') ?? '').slice(0, 64);
      const candidate = findAccount(login);
      const key = attemptKey(login, candidate);
      const page = (status: number, error: string) =>
        html(reply, status, loginPage({ action: `${IDP_PATH}/interaction/${details.uid}/login`, clientName: '科政通', error, username: login, demo: demoRows, demoPassword: DEMO_PASSWORD }));
      if (candidate && (await hooks.recentFailures(key)) >= LOCK_AFTER_FAILURES) {
        return page(429, `密码错误次数过多，账号已临时锁定，请 ${LOCK_WINDOW_MINUTES} 分钟后再试`);
      }
      if (!passwordMatches(candidate, form.get('password') ?? '')) {
        await hooks.onLoginFailed(key, req.ip);
        return page(401, '账号或密码错误');
      }
      const account = candidate!;
      reply.hijack();
      await provider.interactionFinished(req.raw, reply.raw, { login: { accountId: subjectOf(account) } }, { mergeWithLastSubmission: false });
    });

    // Everything else under /idp is the provider's own (discovery, authorize, token, jwks, logout…).
    const passThrough = async (req: FastifyRequest, reply: FastifyReply) => {
      const provider = await getProvider();
      reply.hijack();
      const raw = req.raw as IncomingMessage & { originalUrl?: string };
      raw.originalUrl = raw.url;
      raw.url = raw.url!.slice(IDP_PATH.length) || '/';
      provider.callback()(raw, reply.raw);
    };
    app.all(`${IDP_PATH}/*`, { schema: { hide: true } }, passThrough);
  };
}
