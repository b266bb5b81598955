// 数据共享申请 (data requests from other departments): fetchers and hooks for the staff page.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, withQuery } from './client.ts';

export type DataRequestKind = 'direct' | 'approval';
export type DataRequestState = 'received' | 'approved' | 'answered' | 'refused';

export interface DataRequest {
  id: string;
  requestNo: string;
  kind: DataRequestKind;
  kindLabel: string;
  subject: string;
  receivedOn: string;
  deadline: string;
  state: DataRequestState;
  stateLabel: string;
  answer: string | null;
  refuseReason: string | null;
  closedAt: string | null;
  channel: 'api' | 'staff';
  requesterClient: string | null;
  requesterOrg: string;
  contactName: string;
  contactPhone: string | null;
  legalBasis: string;
  purpose: string;
  overdue: boolean;
  overdueFlaggedAt: string | null;
  version: number;
  events: { at: string; actor: string; kind: string; note: string | null }[];
}

export interface DataRequestInput {
  requesterOrg: string;
  contactName: string;
  contactPhone?: string;
  subject: string;
  legalBasis: string;
  purpose: string;
  kind: DataRequestKind;
}

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
