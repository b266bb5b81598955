// Admin pages and admin API sit behind one configured token until the identity module
// (unified login, roles and scopes) replaces it. The token is compared in constant time.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function adminGuard(token: string) {
  const expected = digest(token);
  return async (req: FastifyRequest): Promise<void> => {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m) throw new AppError('ADMIN_TOKEN_REQUIRED');
    if (!timingSafeEqual(digest(m[1]!.trim()), expected)) throw new AppError('ADMIN_TOKEN_INVALID');
  };
}

/** The audit actor for a request that passed the admin guard. */
export const adminActor = { id: 'admin:token' };
