// Principals for service-level tests (no login round trip).
import { randomUUID } from 'node:crypto';
import type { UserPrincipal } from '../../server/modules/identity/principal.ts';
import type { StaffRole } from '../../server/modules/identity/roles.ts';

export function staffPrincipal(roles: StaffRole[], name = '测试工作人员'): UserPrincipal {
  return { kind: 'user', sessionId: 'test', personId: randomUUID(), name, subjectType: 'staff', enterprise: null, roles, scopes: {}, csrfToken: 'test' };
}

export function citizenPrincipal(name = '测试申请人'): UserPrincipal {
  return { kind: 'user', sessionId: 'test', personId: randomUUID(), name, subjectType: 'natural', enterprise: null, roles: [], scopes: {}, csrfToken: 'test' };
}
