// Window desk (帮代办), case notices and workflow definitions: fetchers and hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { deskApplicantSchema } from '../../../server/modules/cases/desk-routes.ts';
import type { noticeSchema } from '../../../server/modules/cases/notices-routes.ts';
import type { NoticeKind } from '../../../server/modules/cases/notices.ts';
import type { Case } from './cases.ts';
import { request, withQuery } from './client.ts';

export type DeskApplicant = z.input<typeof deskApplicantSchema>;
export type Notice = z.infer<typeof noticeSchema>;
export type { NoticeKind };

export interface DeskLookup {
  kind: 'natural' | 'legal';
  known: boolean;
  nameMatches?: boolean | null;
  name?: string | null;
  legalRepresentative?: string | null;
  address?: string | null;
}

export const lookupApplicant = (q: { idNumber: string; name: string } | { creditCode: string }) =>
  request<DeskLookup>(withQuery('/api/desk/applicant', q));

export function useDeskSubmit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { applicant: DeskApplicant; itemCode: string; form: Record<string, unknown>; idempotencyKey: string }) =>
      request<Case>('/api/desk/cases', {
        method: 'POST',
        headers: { 'Idempotency-Key': input.idempotencyKey },
        body: { applicant: input.applicant, itemCode: input.itemCode, form: input.form },
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['cases', 'queue'] }),
  });
}

export function useNotices(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['cases', 'notices', caseId],
    queryFn: ({ signal }) => request<{ notices: Array<{ kind: NoticeKind; title: string; at: string }> }>(`/api/cases/${encodeURIComponent(caseId)}/notices`, { signal }),
    enabled,
  });
}

export function useNotice(caseId: string, kind: string) {
  return useQuery({
    queryKey: ['cases', 'notice', caseId, kind],
    queryFn: ({ signal }) => request<Notice>(`/api/cases/${encodeURIComponent(caseId)}/notices/${encodeURIComponent(kind)}`, { signal }),
    retry: false,
  });
}

export interface WorkflowState {
  key: string;
  label: string;
  phase: 'pending_acceptance' | 'accepted' | 'concluded';
  clock: 'none' | 'running' | 'paused';
  queue: string[];
  final: boolean;
}
export interface WorkflowTransition {
  key: string;
  label: string;
  from: string[];
  to: string;
  takers: string[];
  guards: string[];
  stepResult?: string;
  conclusion?: string;
}
export interface Workflow {
  key: string;
  version: number;
  name: string;
  initial: string;
  states: WorkflowState[];
  transitions: WorkflowTransition[];
}

export function useWorkflows() {
  return useQuery({
    queryKey: ['admin', 'workflows'],
    queryFn: ({ signal }) => request<{ workflows: Workflow[] }>('/api/admin/workflows', { admin: true, signal }),
  });
}
