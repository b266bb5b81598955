// 数据看板 API: the figures for a period, office and item; export links for each table.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { dashboardSchema, DashboardTableKey } from '../../../server/modules/supervision/dashboard/schemas.ts';
import { request, withQuery } from './client.ts';
import type { Me } from './session.ts';

export type Dashboard = z.infer<typeof dashboardSchema>;
export interface DashboardFilter {
  from?: string;
  to?: string;
  office?: string;
  itemCode?: string;
}

/** Roles that see the dashboard (server: supervisionPolicy 'dashboard.view'). */
const DASHBOARD_ROLES = ['supervisor', 'decision_maker', 'admin'];
export const canSeeDashboard = (me: Me | null | undefined): boolean => !!me && me.roles.some((r) => DASHBOARD_ROLES.includes(r));

export function useDashboard(filter: DashboardFilter, enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard', filter],
    queryFn: () => request<Dashboard>(withQuery('/api/supervision/dashboard', { ...filter })),
    enabled,
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export const exportUrl = (filter: DashboardFilter, table: DashboardTableKey, format: 'csv' | 'xlsx') =>
  withQuery('/api/supervision/dashboard/export', { ...filter, table, format });
