// The one way to say and check who may do what. Each module declares its policy as a
// table of actions → staff roles (default deny: an action not listed is allowed to no one)
// and checks it with `authorize` at the start of each use case.
import { AppError } from '../../lib/errors.ts';
import type { Principal, UserPrincipal } from './principal.ts';
import type { StaffRole } from './roles.ts';

export type Policy<A extends string> = Readonly<Record<A, readonly StaffRole[]>>;

export const definePolicy = <A extends string>(table: Policy<A>): Policy<A> => table;

export function can<A extends string>(policy: Policy<A>, p: Principal, action: A): p is UserPrincipal {
  return p.kind === 'user' && p.roles.some((r) => policy[action].includes(r));
}

/** Throws NOT_AUTHENTICATED for nobody, FORBIDDEN for someone without a role for the action. */
export function authorize<A extends string>(policy: Policy<A>, p: Principal, action: A): asserts p is UserPrincipal {
  if (p.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
  if (!can(policy, p, action)) throw new AppError('FORBIDDEN');
}

/**
 * A route hook running the same check before the body is even parsed, so that nobody
 * learns anything (not even validation messages) from a route they may not use.
 * The use case checks again: routes are not the only callers of services.
 */
export const requirePermission =
  <A extends string>(policy: Policy<A>, action: A) =>
  async (req: { principal: Principal }): Promise<void> => {
    authorize(policy, req.principal, action);
  };

/** A route hook that only requires someone to be signed in. */
export const requireSignedIn = async (req: { principal: Principal }): Promise<void> => {
  if (req.principal.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
};
