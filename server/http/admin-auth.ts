// Who may use an admin API: staff signed in with one of the allowed roles, or a program
// presenting the configured admin token (Authorization: Bearer …, compared in constant
// time). The token predates unified identity and remains for operations scripts.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors.ts';
import { authorize, type Policy } from '../modules/identity/authorize.ts';
import { actorOf } from '../modules/identity/principal.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export type AdminGuard = <A extends string>(policy: Policy<A>, action: A) => (req: FastifyRequest) => Promise<void>;

export function adminGuard(token: string): AdminGuard {
  const expected = digest(token);
  return (policy, action) => async (req) => {
    // A program's access token was verified already and made the principal.
    if (req.principal.kind === 'program') return authorize(policy, req.principal, action);
    const header = req.headers.authorization;
    if (header) {
      const m = /^Bearer\s+(.+)$/i.exec(header);
      if (!m || !timingSafeEqual(digest(m[1]!.trim()), expected)) throw new AppError('ADMIN_TOKEN_INVALID');
      return;
    }
    if (req.principal.kind !== 'user') throw new AppError('ADMIN_TOKEN_REQUIRED');
    authorize(policy, req.principal, action);
  };
}

/** The audit actor of an admin request. */
export function adminActorOf(req: FastifyRequest): { id: string } {
  return req.principal.kind === 'anonymous' ? { id: 'admin:token' } : actorOf(req.principal);
}
