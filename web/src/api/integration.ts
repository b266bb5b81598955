// Integration API (outbox, reconciliation, notices, credit): fetchers and hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, withQuery } from './client.ts';
import type { Page } from './types.ts';

export type OutboxStatus = 'pending' | 'inflight' | 'delivered' | 'dead' | 'discarded';

export interface OutboxMessage {
  id: number;
  topic: string;
  idempotencyKey: string;
  status: OutboxStatus;
  payload: Record<string, unknown>;
  createdAt: string;
  availableAt: string;
  attempts: number;
  deliveredAt: string | null;
  deadAt: string | null;
  lastError: string | null;
  discardedAt: string | null;
  discardReason: string | null;
  discardedBy: string | null;
}

export interface Reconciliation {
  id: number;
  trigger: string;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  checked: number;
  missing: number;
  stale: number;
  resent: number;
  error: string | null;
  details: Array<{ caseNo: string; ours: number; theirs: number | null }>;
}

export interface NoticeTemplate {
  kind: string;
  label: string;
  smsText: string;
  emailSubject: string;
  emailBody: string;
}

export interface InboxNotice {
  id: number;
  kind: string;
  title: string;
  body: string;
  caseId: string | null;
  createdAt: string;
  read: boolean;
}

export interface NoticePreferences {
  sms: boolean;
  email: boolean;
  emailAddress: string | null;
  mobileMasked: string | null;
}

export interface CreditView {
  rule: 'stop' | 'flag';
  latest: { id: number; result: 'clear' | 'listed' | 'unavailable'; source: string; stage: string; checkedAt: string; checkedBy: string; entries: Array<{ listKind: string; name: string; reason: string | null; listedOn: string | null; authority: string | null }> } | null;
  history: Array<{ id: number; result: string; source: string; stage: string; checkedAt: string }>;
  overrides: Array<{ checkId: number; reason: string; by: string; at: string }>;
  canOverride: boolean;
}

const keys = {
  outbox: (q: object) => ['integration', 'outbox', q] as const,
  summary: ['integration', 'outbox-summary'] as const,
  reconciliations: ['integration', 'reconciliations'] as const,
  templates: ['integration', 'templates'] as const,
  inbox: (page: number) => ['integration', 'inbox', page] as const,
  preferences: ['integration', 'preferences'] as const,
  credit: (caseId: string) => ['integration', 'credit', caseId] as const,
};

export function useOutbox(q: { status?: OutboxStatus; topic?: string; page: number; pageSize: number }) {
  return useQuery({ queryKey: keys.outbox(q), queryFn: ({ signal }) => request<Page<OutboxMessage>>(withQuery('/api/admin/outbox', q), { admin: true, signal }), placeholderData: keepPreviousData });
}

export function useOutboxSummary() {
  return useQuery({ queryKey: keys.summary, queryFn: ({ signal }) => request<{ counts: Array<{ topic: string; status: OutboxStatus; n: number }> }>('/api/admin/outbox/summary', { admin: true, signal }) });
}

function useInvalidate(prefix: readonly string[]) {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: prefix });
}

export function useRetryMessage() {
  const done = useInvalidate(['integration']);
  return useMutation({ mutationFn: (id: number) => request<OutboxMessage>(`/api/admin/outbox/${id}/retry`, { method: 'POST', admin: true, forbiddenView: false }), onSuccess: done });
}

export function useDiscardMessage() {
  const done = useInvalidate(['integration']);
  return useMutation({ mutationFn: (v: { id: number; reason: string }) => request<OutboxMessage>(`/api/admin/outbox/${v.id}/discard`, { method: 'POST', admin: true, forbiddenView: false, body: { reason: v.reason } }), onSuccess: done });
}

export function useReconciliations() {
  return useQuery({ queryKey: keys.reconciliations, queryFn: ({ signal }) => request<Page<Reconciliation>>(withQuery('/api/admin/platform/reconciliations', { page: 1, pageSize: 10 }), { admin: true, signal }) });
}

export function useRunReconciliation() {
  const done = useInvalidate(['integration']);
  return useMutation({ mutationFn: () => request<Reconciliation>('/api/admin/platform/reconciliations', { method: 'POST', admin: true, forbiddenView: false }), onSuccess: done });
}

export function useNoticeTemplates() {
  return useQuery({ queryKey: keys.templates, queryFn: ({ signal }) => request<{ items: NoticeTemplate[] }>('/api/admin/notice-templates', { admin: true, signal }) });
}

export function useSaveTemplate() {
  const done = useInvalidate(keys.templates);
  return useMutation({
    mutationFn: ({ kind, ...body }: NoticeTemplate) => request<NoticeTemplate>(`/api/admin/notice-templates/${encodeURIComponent(kind)}`, { method: 'PUT', admin: true, forbiddenView: false, body }),
    onSuccess: done,
  });
}

export function useInbox(page: number, enabled: boolean) {
  return useQuery({ queryKey: keys.inbox(page), queryFn: ({ signal }) => request<Page<InboxNotice> & { unread: number }>(withQuery('/api/me/notices', { page, pageSize: 20 }), { signal }), enabled, placeholderData: keepPreviousData });
}

export function useMarkRead() {
  const done = useInvalidate(['integration', 'inbox']);
  return useMutation({ mutationFn: (id: number) => request<null>(`/api/me/notices/${id}/read`, { method: 'POST' }), onSuccess: done });
}

export function useNoticePreferences(enabled: boolean) {
  return useQuery({ queryKey: keys.preferences, queryFn: ({ signal }) => request<NoticePreferences>('/api/me/notice-preferences', { signal }), enabled });
}

export function useSavePreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: Omit<NoticePreferences, 'mobileMasked'>) => request<NoticePreferences>('/api/me/notice-preferences', { method: 'PUT', body: v }),
    onSuccess: (data) => qc.setQueryData(keys.preferences, data),
  });
}

export function useCredit(caseId: string, enabled: boolean) {
  return useQuery({ queryKey: keys.credit(caseId), queryFn: ({ signal }) => request<CreditView>(`/api/cases/${caseId}/credit`, { signal }), enabled, retry: false });
}

export function useCreditCheck(caseId: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: () => request<CreditView>(`/api/cases/${caseId}/credit/check`, { method: 'POST' }), onSuccess: (d) => qc.setQueryData(keys.credit(caseId), d) });
}

export function useCreditOverride(caseId: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (reason: string) => request<CreditView>(`/api/cases/${caseId}/credit/override`, { method: 'POST', body: { reason } }), onSuccess: (d) => qc.setQueryData(keys.credit(caseId), d) });
}
