// Staff administration API (系统管理员): list, create, update, and the audited read of personal data.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RoleScope, StaffRole } from '../../../server/modules/identity/roles.ts';
import type { createStaffSchema, updateStaffSchema } from '../../../server/modules/identity/staff-admin.ts';
import { fetchAdminItems } from './admin.ts';
import { request, withQuery } from './client.ts';
import type { Page } from './types.ts';

export type { RoleScope, StaffRole };

export interface RoleGrant {
  role: StaffRole;
  scope: RoleScope;
}

export interface StaffMember {
  personId: string;
  name: string;
  idNumberMasked: string;
  mobileMasked: string;
  staffNo: string;
  office: string;
  active: boolean;
  roles: RoleGrant[];
}

export interface StaffListParams {
  q?: string;
  page: number;
  pageSize: number;
}

/** POST and PUT bodies, as the server's schemas take them (type-only import). */
export type NewStaff = z.input<typeof createStaffSchema>;
export type StaffChange = z.input<typeof updateStaffSchema>;

export interface PersonalData {
  personId: string;
  idNumber: string;
  mobile: string | null;
}

const base = '/api/admin/staff';
const personPath = (personId: string) => `${base}/${encodeURIComponent(personId)}`;

export const staffKeys = {
  all: ['staff'] as const,
  list: (params: StaffListParams) => ['staff', 'list', params] as const,
  personalData: (personId: string) => ['staff', 'personal-data', personId] as const,
  itemOptions: ['staff', 'item-options'] as const,
};

export function useStaffList(params: StaffListParams) {
  return useQuery({
    queryKey: staffKeys.list(params),
    queryFn: ({ signal }) => request<Page<StaffMember>>(withQuery(base, { ...params }), { admin: true, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The full ID number and mobile; every fetch is audited, and nothing is kept once unused. */
export function usePersonalData(personId: string) {
  return useQuery({
    queryKey: staffKeys.personalData(personId),
    queryFn: ({ signal }) => request<PersonalData>(`${personPath(personId)}/personal-data`, { admin: true, signal }),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}

/** Catalogue items (name and 实施编码) to choose from in an 事项 scope. */
export function useItemOptions(enabled: boolean) {
  return useQuery({
    queryKey: staffKeys.itemOptions,
    queryFn: async ({ signal }) => {
      const page = await fetchAdminItems({ page: 1, pageSize: 100 }, signal);
      return page.items.map((i) => ({ value: i.code, label: i.name }));
    },
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** Create and update; a 403 here is a refusal of this change (e.g. of oneself), shown as a message. */
export function useStaffMutations() {
  const qc = useQueryClient();
  const onSuccess = () => void qc.invalidateQueries({ queryKey: ['staff', 'list'] });
  const create = useMutation({
    mutationFn: (input: NewStaff) =>
      request<StaffMember>(base, { method: 'POST', body: input, admin: true, forbiddenView: false }),
    onSuccess,
  });
  const update = useMutation({
    mutationFn: ({ personId, change }: { personId: string; change: StaffChange }) =>
      request<StaffMember>(personPath(personId), { method: 'PUT', body: change, admin: true, forbiddenView: false }),
    onSuccess,
  });
  return { create, update };
}
