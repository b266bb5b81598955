// Application forms (一表申请): prefill, drafts, a case's form with its answers.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationFormDef, FormEntry, FormProblem, FormValues } from '../../../server/modules/catalog/application-form.ts';
import { ApiError, request } from './client.ts';

export type { ApplicationFormDef, FormEntry, FormProblem, FormValues };

export interface Prefill {
  values: FormValues;
  sources: Record<string, 'identity' | 'previous'>;
  /** Fields that say who the applicant is: shown, never sent (the server fills them in). */
  locked: Record<string, string>;
}

export interface DraftSummary {
  id: string;
  itemCode: string;
  itemName: string;
  itemVersion: number;
  createdAt: string;
  updatedAt: string;
}
export interface Draft extends DraftSummary {
  form: FormValues;
}

export const formKeys = {
  prefill: (code: string, scope: string) => ['application', 'prefill', scope, code] as const,
  drafts: (scope: string) => ['application', 'drafts', scope] as const,
  draft: (code: string, scope: string) => ['application', 'drafts', scope, code] as const,
  caseForm: (id: string) => ['cases', 'form', id] as const,
};

/** Problems the server found in the answers (FORM_INVALID), if that is what the error is. */
export const formProblemsOf = (err: unknown): FormProblem[] | null =>
  err instanceof ApiError && err.code === 'FORM_INVALID' ? ((err.details as { problems?: FormProblem[] } | undefined)?.problems ?? null) : null;

/** `scope` is the current enterprise (or 'self'): a handler's prefill and drafts change when they switch. */
export function usePrefill(code: string, scope: string, enabled: boolean) {
  return useQuery({
    queryKey: formKeys.prefill(code, scope),
    queryFn: ({ signal }) => request<Prefill>(`/api/catalog/items/${encodeURIComponent(code)}/application-prefill`, { signal }),
    enabled,
    staleTime: 0,
  });
}

/** The draft of an item, or null when there is none. */
export function useDraft(code: string, scope: string, enabled: boolean) {
  return useQuery({
    queryKey: formKeys.draft(code, scope),
    queryFn: async ({ signal }) => {
      try {
        return await request<Draft>(`/api/me/drafts/${encodeURIComponent(code)}`, { signal });
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useMyDrafts(scope: string, enabled: boolean) {
  return useQuery({
    queryKey: formKeys.drafts(scope),
    queryFn: ({ signal }) => request<{ items: DraftSummary[] }>('/api/me/drafts', { signal }),
    enabled,
  });
}

export function useSaveDraft(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (form: FormValues) => request<Draft>(`/api/me/drafts/${encodeURIComponent(code)}`, { method: 'PUT', body: { form } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['application', 'drafts'], refetchType: 'none' }),
  });
}

export function useDeleteDraft() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => request<null>(`/api/me/drafts/${encodeURIComponent(code)}`, { method: 'DELETE' }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['application', 'drafts'] }),
  });
}

export function useCaseApplicationForm(id: string, enabled: boolean) {
  return useQuery({
    queryKey: formKeys.caseForm(id),
    queryFn: ({ signal }) => request<{ definition: ApplicationFormDef; entries: FormEntry[] }>(`/api/cases/${encodeURIComponent(id)}/application-form`, { signal }),
    enabled,
    retry: false,
  });
}
