// Who is making a request: nobody, or a signed-in person acting as themselves, for an
// enterprise, or as staff with roles. Every service call that needs it receives it.
import type { RoleScope, StaffRole, SubjectType } from './tables.ts';

export interface EnterpriseRef {
  id: string;
  creditCode: string;
  name: string;
}

export interface UserPrincipal {
  kind: 'user';
  sessionId: string;
  personId: string;
  name: string;
  subjectType: SubjectType;
  /** The enterprise a legal-person handler is acting for now (switchable); null otherwise. */
  enterprise: EnterpriseRef | null;
  roles: StaffRole[];
  scopes: Partial<Record<StaffRole, RoleScope>>;
  csrfToken: string;
}

/** Another system calling with an access token from the identity platform (client credentials). */
export interface ProgramPrincipal {
  kind: 'program';
  clientId: string;
  scopes: string[];
}

export type Principal = { kind: 'anonymous' } | UserPrincipal | ProgramPrincipal;

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** The audit actor for a principal. */
export const actorOf = (p: Principal): { id: string } =>
  p.kind === 'user' ? { id: `person:${p.personId}` } : p.kind === 'program' ? { id: `program:${p.clientId}` } : { id: 'anonymous' };
