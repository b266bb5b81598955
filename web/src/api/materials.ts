// Case materials API (upload, 告知承诺, 容缺, 免提交 reuse, inline files): fetchers and hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { candidateSchema, materialStateSchema } from '../../../server/modules/cases/materials-routes.ts';
import { ApiError, csrf, request } from './client.ts';

export type MaterialState = z.infer<typeof materialStateSchema>;
export type ReuseCandidate = z.infer<typeof candidateSchema>;

export interface CaseMaterials {
  caseId: string;
  editable: boolean;
  maxUploadBytes: number;
  materials: MaterialState[];
  overdue: boolean;
}

/** Keyed by the case version too: a transition (acceptance, 补正) changes what may be done. */
export const materialKeys = {
  list: (caseId: string, version: number) => ['cases', 'materials', caseId, version] as const,
  reusable: (caseId: string, index: number) => ['cases', 'materials', caseId, 'reusable', index] as const,
};

const base = (caseId: string, index?: number) => `/api/cases/${encodeURIComponent(caseId)}/materials${index === undefined ? '' : `/${index}`}`;

/** Where the browser opens a material's current file (served inline: PDFs and images show in the browser). */
export const materialFileUrl = (caseId: string, index: number) => `${base(caseId, index)}/file`;

export function useCaseMaterials(caseId: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: materialKeys.list(caseId, version),
    queryFn: ({ signal }) => request<CaseMaterials>(base(caseId), { signal }),
    enabled,
    retry: false,
  });
}

export function useReuseCandidates(caseId: string, index: number, enabled: boolean) {
  return useQuery({
    queryKey: materialKeys.reusable(caseId, index),
    queryFn: ({ signal }) => request<{ candidates: ReuseCandidate[] }>(`${base(caseId, index)}/reusable`, { signal }),
    enabled,
    retry: false,
  });
}

/** Multipart upload of one file (the JSON `request` helper does not send forms). */
async function uploadFile(caseId: string, index: number, file: File): Promise<MaterialState> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = csrf.get();
  if (token) headers['X-CSRF-Token'] = token;
  let res: Response;
  try {
    res = await fetch(base(caseId, index), { method: 'POST', headers, body: form, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' });
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const body = data && typeof data === 'object' && 'message' in data ? (data as { code?: string; message: string; details?: unknown }) : null;
    throw new ApiError(res.status, { code: body?.code ?? `HTTP_${res.status}`, message: body?.message ?? `上传失败（${res.status}），请稍后重试`, details: body?.details });
  }
  return data as MaterialState;
}

export type MaterialChange =
  | { kind: 'upload'; index: number; file: File }
  | { kind: 'commitment' | 'tolerance'; index: number }
  | { kind: 'reuse'; index: number; fromCaseId: string; fromIndex: number };

export function useMaterialChange(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (change: MaterialChange): Promise<MaterialState> => {
      if (change.kind === 'upload') return uploadFile(caseId, change.index, change.file);
      if (change.kind === 'reuse') {
        return request<MaterialState>(`${base(caseId, change.index)}/reuse`, { method: 'POST', body: { fromCaseId: change.fromCaseId, fromIndex: change.fromIndex } });
      }
      return request<MaterialState>(`${base(caseId, change.index)}/${change.kind}`, { method: 'POST' });
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['cases', 'materials', caseId] });
      void qc.invalidateQueries({ queryKey: ['cases', 'timeline', caseId] });
    },
  });
}
