// The one way to say and check who may do what. Each module declares its policy as a
// table: action → the staff roles that may take it, and the OAuth scope that lets a program
// (client credentials) take it. Default deny: nobody else, and no action without an entry.
import { AppError } from '../../lib/errors.ts';
import type { Principal, ProgramPrincipal, UserPrincipal } from './principal.ts';
import type { StaffRole } from './roles.ts';

export interface Permission {
  roles: readonly StaffRole[];
  /** A program holding this scope may take the action too; omitted = people only. */
  scope?: string;
}

export type Policy<A extends string> = Readonly<Record<A, Permission>>;

export const definePolicy = <A extends string>(table: Policy<A>): Policy<A> => table;

export function can<A extends string>(policy: Policy<A>, p: Principal, action: A): boolean {
  const rule = policy[action];
  if (p.kind === 'user') return p.roles.some((r) => rule.roles.includes(r));
  if (p.kind === 'program') return rule.scope !== undefined && p.scopes.includes(rule.scope);
  return false;
}

/** Throws NOT_AUTHENTICATED for nobody, FORBIDDEN for a caller without a role or scope for the action. */
export function authorize<A extends string>(policy: Policy<A>, p: Principal, action: A): asserts p is UserPrincipal | ProgramPrincipal {
  if (p.kind === 'anonymous') throw new AppError('NOT_AUTHENTICATED');
  if (!can(policy, p, action)) throw new AppError('FORBIDDEN');
  // (narrowed by the throw above: p is a person or a program here)
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

/** A route hook that only requires a signed-in person. */
export const requireSignedIn = async (req: { principal: Principal }): Promise<void> => {
  if (req.principal.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
};
