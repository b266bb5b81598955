// 咨询、投诉、局长信箱 API: fetchers and hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, withQuery } from './client.ts';

export type InquiryKind = 'consult' | 'complaint' | 'mailbox';

export interface Inquiry {
  id: string;
  trackingNo: string;
  kind: InquiryKind;
  kindLabel: string;
  subject: string;
  content: string;
  itemCode: string | null;
  office: string;
  state: 'open' | 'in_progress' | 'answered';
  stateLabel: string;
  deadline: string;
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
}

export interface StaffInquiry extends Inquiry {
  senderName: string;
  senderPhone: string | null;
  firstHandler: string | null;
  overdue: boolean;
  escalated: boolean;
  public: boolean;
  version: number;
  events: { at: string; actor: string; kind: string; note: string | null }[];
}

export function useSendInquiry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: InquiryKind; subject: string; content: string; itemCode?: string; name?: string; phone?: string }) =>
      request<Inquiry>('/api/inquiries', { method: 'POST', body: input }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['inquiries', 'mine'] }),
  });
}

export function useTrackInquiry() {
  return useMutation({ mutationFn: (input: { no: string; phone: string }) => request<Inquiry>(withQuery('/api/inquiries/track', input)) });
}

export function useMyInquiries(enabled: boolean) {
  return useQuery({ queryKey: ['inquiries', 'mine'], queryFn: ({ signal }) => request<{ items: Inquiry[] }>('/api/inquiries/mine?pageSize=50', { signal }), enabled });
}

export function usePublicQuestions(code: string) {
  return useQuery({
    queryKey: ['inquiries', 'public', code],
    queryFn: ({ signal }) => request<{ items: { question: string; detail: string; answer: string; answeredAt: string }[] }>(`/api/catalog/items/${encodeURIComponent(code)}/questions`, { signal }),
  });
}

export function useInbox(filter: { state?: string; overdue?: boolean; page: number }, enabled: boolean) {
  return useQuery({
    queryKey: ['inquiries', 'inbox', filter],
    queryFn: ({ signal }) => request<{ items: StaffInquiry[]; total: number }>(withQuery('/api/feedback/inquiries', { ...filter, pageSize: 20 }), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useInquiryStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; step: 'claim' | 'forward' | 'answer'; body: Record<string, unknown> }) =>
      request<StaffInquiry>(`/api/feedback/inquiries/${input.id}/${input.step}`, { method: 'POST', body: input.body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['inquiries'] }),
  });
}
