// Attaches the principal to every API request — a program from its access token, a person
// from their session cookie — and refuses
// state-changing requests made with that cookie unless they carry the session's CSRF
// token (X-CSRF-Token). Requests with a bearer token carry no ambient credential and
// are not subject to the CSRF check.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/errors.ts';
import { ANONYMOUS, type Principal } from './principal.ts';
import { SESSION_COOKIE, type IdentityService } from './service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
// A JWT (three base64url parts) is a program's access token; any other bearer value is the admin token.
const JWT = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)$/i;

export function registerRequestPrincipal(app: FastifyInstance, identity: IdentityService): void {
  app.decorateRequest('principal', null as never);
  app.addHook('onRequest', async (req) => {
    req.principal = ANONYMOUS;
    const path = req.url;
    if (!(path.startsWith('/api/') || path.startsWith('/auth/'))) return;
    const jwt = JWT.exec(req.headers.authorization ?? '');
    if (jwt) {
      req.principal = await identity.resolveProgram(jwt[1]!);
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    req.principal = await identity.resolve(cookie);
    if (req.principal.kind === 'user' && !SAFE.has(req.method) && !req.headers.authorization) {
      if (req.headers['x-csrf-token'] !== req.principal.csrfToken) throw new AppError('CSRF_TOKEN_INVALID');
    }
  });
}
