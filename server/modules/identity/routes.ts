// Login, callback and logout (browser redirects), and the signed-in person's own API.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { AppError } from '../../lib/errors.ts';
import { requireSignedIn } from './authorize.ts';
import { creditCodeSchema } from '../../lib/codes/zod.ts';
import type { UserPrincipal } from './principal.ts';
import { LOGIN_COOKIE, SESSION_COOKIE, type IdentityService } from './service.ts';


export const meSchema = z.object({
  subjectType: z.enum(['natural', 'legal', 'staff']).describe('自然人 / 法人经办人 / 工作人员'),
  name: z.string(),
  idNumberMasked: z.string().describe('脱敏身份证号，如 3401**********1235'),
  enterprise: z.object({ creditCode: z.string(), name: z.string() }).nullable().describe('当前代表的单位'),
  enterprises: z.array(z.object({ creditCode: z.string(), name: z.string(), role: z.enum(['legal_representative', 'handler']) })),
  staff: z.object({ staffNo: z.string(), office: z.string() }).nullable(),
  roles: z.array(z.string()),
  csrfToken: z.string().describe('修改类请求须在 X-CSRF-Token 头中回传'),
});

const sessionSchema = z.object({
  id: z.string(), current: z.boolean(), ip: z.string().nullable(), userAgent: z.string().nullable(),
  createdAt: z.string(), lastSeenAt: z.string(), expiresAt: z.string(), active: z.boolean(),
});

export function requireUser(req: FastifyRequest): UserPrincipal {
  if (req.principal.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
  return req.principal;
}

const info = (req: FastifyRequest) => ({ ip: req.ip, userAgent: String(req.headers['user-agent'] ?? '') });

function loginFailedPage(): string {
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>登录未完成</title><body style="font-family:sans-serif;max-width:480px;margin:40px auto;padding:0 16px">
<h1 style="font-size:20px">登录未完成</h1><p>登录未完成或已失效（可能是页面停留过久或在另一窗口重复登录）。</p>
<p><a href="/auth/login?prompt=login">重新登录</a> · <a href="/">返回首页</a></p></body></html>`;
}

export function identityRoutes(identity: IdentityService, opts: { secureCookies: () => boolean }) {
  return async (app: FastifyInstance) => {
    const cookieBase = () => ({ httpOnly: true, sameSite: 'lax' as const, secure: opts.secureCookies() });
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get('/auth/login', {
      schema: { hide: true, querystring: z.object({ returnTo: z.string().max(500).optional(), prompt: z.literal('login').optional() }) },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    }, async (req, reply) => {
      // Cookies belong to one host: start the login on the public address (e.g. from 127.0.0.1 to localhost).
      const base = new URL(identity.redirectBase());
      if (req.host !== base.host) return reply.redirect(new URL(req.url, base.origin).href, 302);
      // prompt=login: log in afresh at the provider (e.g. to switch to another account).
      const { redirect, browserKey, ttlSeconds } = await identity.beginLogin(req.query.returnTo ?? '/', { forceLogin: req.query.prompt === 'login' });
      reply.setCookie(LOGIN_COOKIE, browserKey, { ...cookieBase(), path: '/auth', maxAge: ttlSeconds });
      return reply.redirect(redirect, 302);
    });

    app.get('/auth/callback', { schema: { hide: true } }, async (req: FastifyRequest, reply: FastifyReply) => {
      const url = new URL(req.url, identity.redirectBase());
      try {
        const done = await identity.completeLogin(url, req.cookies[LOGIN_COOKIE], info(req));
        reply.clearCookie(LOGIN_COOKIE, { path: '/auth' });
        reply.setCookie(SESSION_COOKIE, done.sessionToken, { ...cookieBase(), path: '/', maxAge: done.maxSeconds });
        return reply.redirect(done.returnTo, 302);
      } catch (err) {
        if (err instanceof AppError && err.code === 'LOGIN_FAILED') {
          return reply.status(401).type('text/html; charset=utf-8').send(loginFailedPage());
        }
        throw err;
      }
    });

    r.post('/auth/logout', {
      schema: { tags: ['统一身份认证'], summary: '退出登录（同时退出身份认证平台；会话已过期时也可调用）', response: { 200: z.object({ redirect: z.string() }), 403: errorSchema } },
    }, async (req, reply) => {
      const providerLogout = await identity.logout(req.principal, info(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { redirect: providerLogout ?? '/' };
    });

    r.get('/api/me', {
      onRequest: requireSignedIn,
      schema: { tags: ['统一身份认证'], summary: '当前登录人：主体类型、当前单位、角色', response: { 200: meSchema, 401: errorSchema } },
    }, async (req) => identity.me(requireUser(req)));

    r.post('/api/me/enterprise', {
      onRequest: requireSignedIn,
      schema: { tags: ['统一身份认证'], summary: '切换当前代表的单位（无需重新登录）', body: z.object({ creditCode: creditCodeSchema }), response: { 200: meSchema, 401: errorSchema, 403: errorSchema } },
    }, async (req) => {
      const p = requireUser(req);
      await identity.switchEnterprise(p, req.body.creditCode);
      return identity.me(await identity.resolvePrincipalAgain(p));
    });

    r.get('/api/me/sessions', {
      onRequest: requireSignedIn,
      schema: { tags: ['统一身份认证'], summary: '我的登录会话', response: { 200: z.object({ sessions: z.array(sessionSchema) }), 401: errorSchema } },
    }, async (req) => ({ sessions: await identity.sessions(requireUser(req)) }));

    r.delete('/api/me/sessions/:id', {
      onRequest: requireSignedIn,
      schema: { tags: ['统一身份认证'], summary: '结束某个会话', params: z.object({ id: z.string().max(100) }), response: { 204: z.null(), 401: errorSchema, 404: errorSchema } },
    }, async (req, reply) => {
      await identity.revokeSession(requireUser(req), req.params.id);
      return reply.status(204).send(null);
    });
  };
}
