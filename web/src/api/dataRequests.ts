// 数据共享申请 (data requests from other departments): fetchers and hooks for the staff page.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { dataRequestInputSchema, dataRequestSchema } from '../../../server/modules/integration/sharing/data-request-routes.ts';
import { request, withQuery } from './client.ts';

export type DataRequest = z.infer<typeof dataRequestSchema>;
export type DataRequestInput = z.input<typeof dataRequestInputSchema>;
export type DataRequestKind = DataRequest['kind'];
export type DataRequestState = DataRequest['state'];

/** Roles that see and handle requests (server: integrationPolicy 'datareq.*'). */
export const DATA_REQUEST_ROLES = { read: ['item_manager', 'decision_maker', 'supervisor', 'admin'], handle: ['item_manager'], approve: ['decision_maker'] } as const;

export function useDataRequests(filter: { open?: boolean; overdue?: boolean; page: number }, enabled: boolean) {
  return useQuery({
    queryKey: ['data-requests', filter],
    queryFn: ({ signal }) => request<{ items: DataRequest[]; total: number }>(withQuery('/api/data-requests', { ...filter, pageSize: 20 }), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useEnterDataRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: DataRequestInput) => request<DataRequest>('/api/data-requests', { method: 'POST', body: input }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['data-requests'] }),
  });
}

export function useDataRequestStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; step: 'approve' | 'answer' | 'refuse'; body: Record<string, unknown> }) =>
      request<DataRequest>(`/api/data-requests/${input.id}/${input.step}`, { method: 'POST', body: input.body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['data-requests'] }),
  });
}
