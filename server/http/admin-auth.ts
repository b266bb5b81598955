// Who may use an admin API: staff signed in with one of the allowed roles, or a program
// presenting the configured admin token (Authorization: Bearer …, compared in constant
// time). The token predates unified identity and remains for operations scripts.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors.ts';
import type { StaffRole } from '../modules/identity/tables.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export type AdminGuard = (roles: readonly StaffRole[]) => (req: FastifyRequest) => Promise<void>;

export function adminGuard(token: string): AdminGuard {
  const expected = digest(token);
  return (roles) => async (req) => {
    const header = req.headers.authorization;
    if (header) {
      const m = /^Bearer\s+(.+)$/i.exec(header);
      if (!m || !timingSafeEqual(digest(m[1]!.trim()), expected)) throw new AppError('ADMIN_TOKEN_INVALID');
      return;
    }
    const p = req.principal;
    if (p.kind !== 'user') throw new AppError('ADMIN_TOKEN_REQUIRED');
    if (!p.roles.some((r) => roles.includes(r))) throw new AppError('FORBIDDEN');
  };
}

/** The audit actor of an admin request. */
export function adminActorOf(req: FastifyRequest): { id: string } {
  return req.principal.kind === 'user' ? { id: `person:${req.principal.personId}` } : { id: 'admin:token' };
}
