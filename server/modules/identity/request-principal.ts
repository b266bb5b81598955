// Attaches the principal to every API request — a program from its access token, a person
// from their session cookie — and refuses
// state-changing requests made with that cookie unless they carry the session's CSRF
// token (X-CSRF-Token). Requests with a bearer token carry no ambient credential and
// are not subject to the CSRF check.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/errors.ts';
import { sameSecret } from '../../lib/secrets.ts';
import { ANONYMOUS, type Principal } from './principal.ts';
import { SESSION_COOKIE, type IdentityService } from './service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
// A JWT (three base64url parts) is a program's access token; any other bearer value must be
// the operations token (ADMIN_TOKEN), which acts as a program allowed to manage the catalogue.
const BEARER = /^Bearer\s+(\S+)$/i;
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;
export const OPS_TOKEN_PRINCIPAL: Principal = { kind: 'program', clientId: 'admin-token', scopes: ['catalog:manage'] };

export function registerRequestPrincipal(app: FastifyInstance, identity: IdentityService, opts: { adminToken: string }): void {
  app.decorateRequest('principal', null as never);
  app.addHook('onRequest', async (req) => {
    req.principal = ANONYMOUS;
    const path = req.url;
    if (!(path.startsWith('/api/') || path.startsWith('/auth/'))) return;
    const authorization = req.headers.authorization;
    if (authorization) {
      const bearer = BEARER.exec(authorization)?.[1];
      if (bearer && JWT.test(bearer)) req.principal = await identity.resolveProgram(bearer);
      else if (bearer && sameSecret(bearer, opts.adminToken)) req.principal = OPS_TOKEN_PRINCIPAL;
      else throw new AppError('ADMIN_TOKEN_INVALID');
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
