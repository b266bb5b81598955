// The signed-in person (unified identity login): /api/me, enterprise switching, sessions, logout.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, csrf, request } from './client.ts';

export type SubjectType = 'natural' | 'legal' | 'staff';

export interface Me {
  subjectType: SubjectType;
  name: string;
  idNumberMasked: string;
  enterprise: { creditCode: string; name: string } | null;
  enterprises: { creditCode: string; name: string; role: 'legal_representative' | 'handler' }[];
  staff: { staffNo: string; office: string } | null;
  roles: string[];
  csrfToken: string;
}

export interface LoginSession {
  id: string;
  current: boolean;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  active: boolean;
}

export const meKeys = {
  me: ['me'] as const,
  sessions: ['me', 'sessions'] as const,
};

/** Roles that may use the catalogue admin console. */
export const CATALOG_MANAGER_ROLES = ['admin', 'item_manager'];

export const canManageCatalog = (me: Me | null | undefined): boolean =>
  !!me && me.subjectType === 'staff' && me.roles.some((r) => CATALOG_MANAGER_ROLES.includes(r));

/** Only system administrators manage staff, roles and data scopes. */
export const canManageStaff = (me: Me | null | undefined): boolean =>
  !!me && me.subjectType === 'staff' && me.roles.includes('admin');

/** The current person, or null when nobody is signed in (401 is an answer, not an error). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const me = await request<Me>('/api/me', { signal });
    csrf.set(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      csrf.set(null);
      return null;
    }
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKeys.me, queryFn: ({ signal }) => fetchMe(signal), staleTime: 60_000 });
}

/** Where the browser goes to sign in; it comes back to `returnTo` (a site path). */
export const loginUrl = (returnTo: string) => `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;

export function useSwitchEnterprise() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (creditCode: string) => request<Me>('/api/me/enterprise', { method: 'POST', body: { creditCode } }),
    onSuccess: async (me) => {
      csrf.set(me.csrfToken);
      qc.setQueryData(meKeys.me, me);
      await qc.invalidateQueries({ queryKey: meKeys.me, exact: true });
    },
  });
}

export function useMySessions(enabled: boolean) {
  return useQuery({
    queryKey: meKeys.sessions,
    queryFn: ({ signal }) => request<{ sessions: LoginSession[] }>('/api/me/sessions', { signal }),
    enabled,
    staleTime: 0,
  });
}

export function useRevokeSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request<null>(`/api/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => qc.invalidateQueries({ queryKey: meKeys.sessions }),
  });
}

/** Ends the session here and at the identity provider (full page navigation). */
export async function logout(): Promise<void> {
  let redirect = '/';
  try {
    redirect = (await request<{ redirect: string }>('/auth/logout', { method: 'POST', body: {} })).redirect;
  } catch (err) {
    // Already signed out (session ended elsewhere or timed out): just start over anonymous.
    if (!(err instanceof ApiError && err.status === 401)) throw err;
  }
  csrf.set(null);
  window.location.href = redirect;
}
