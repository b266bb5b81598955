// Stamped application PDFs and paper intake by scan: fetchers and hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, withQuery } from './client.ts';

export interface CaseDocument {
  kind: 'application';
  version: number;
  status: 'pending' | 'building' | 'ready' | 'failed';
  current: boolean;
  pages: number | null;
  sha256: string | null;
  sizeBytes: number | null;
  qr: boolean;
  watermark: string;
  createdAt: string;
  readyAt: string | null;
}

export const documentFileUrl = (caseId: string, version: number) => `/api/cases/${encodeURIComponent(caseId)}/documents/application/${version}/file`;

export function useCaseDocuments(caseId: string) {
  return useQuery({
    queryKey: ['cases', 'detail', caseId, 'documents'],
    queryFn: () => request<{ items: CaseDocument[] }>(`/api/cases/${encodeURIComponent(caseId)}/documents/application`),
    // 生成中: look again shortly until the worker is done.
    refetchInterval: (q) => (q.state.data?.items.some((d) => d.status === 'pending' || d.status === 'building') ? 1500 : false),
  });
}

export interface ScannedApplication {
  kind: 'application';
  case: { id: string; caseNo: string; itemName: string; applicantName: string; creditCode: string | null; state: string; stateLabel: string; version: number; submittedAt: string };
  document: { version: number; pages: number; page: number; current: boolean; latestVersion: number };
  materials: Array<{ name: string; status: string }>;
  action: { key: string; label: string } | null;
}

export interface Batch {
  id: string;
  batchNo: string;
  status: 'open' | 'mailed' | 'received';
  courier: string | null;
  trackingNo: string | null;
  createdAt: string;
  mailedAt: string | null;
  receivedAt: string | null;
  totalPages: number;
  items: Array<{ caseId: string; caseNo: string; applicantName: string; itemName: string; documentVersion: number; pages: number; outcome: 'expected' | 'received' | 'missing' | 'unexpected'; checkedAt: string | null }>;
}

export type ScanResult = ScannedApplication | { kind: 'batch'; batch: Batch };

export const scanCode = (code: string) => request<ScanResult>('/api/paper/scan', { method: 'POST', body: { code } });
export const confirmPaper = (code: string, expectedVersion: number) =>
  request<{ id: string; caseNo: string; state: string; stateLabel: string }>('/api/paper/confirm', { method: 'POST', body: { code, expectedVersion } });

export const createBatch = () => request<Batch>('/api/paper/batches', { method: 'POST' });
export const addToBatch = (id: string, code: string) => request<Batch>(`/api/paper/batches/${id}/items`, { method: 'POST', body: { code } });
export const mailBatch = (id: string, courier: string, trackingNo: string) => request<Batch>(`/api/paper/batches/${id}/mail`, { method: 'POST', body: { courier, trackingNo } });
export const checkInBatch = (id: string, code: string) =>
  request<{ outcome: 'received' | 'unexpected'; case: { caseNo: string; stateLabel: string } | null; batch: Batch }>(`/api/paper/batches/${id}/check`, { method: 'POST', body: { code } });
export const closeBatch = (id: string) => request<Batch>(`/api/paper/batches/${id}/close`, { method: 'POST' });
export const manifestUrl = (id: string) => `/api/paper/batches/${id}/manifest`;

export function useOpenBatches(enabled: boolean) {
  return useQuery({ queryKey: ['paper', 'batches', 'open'], queryFn: () => request<{ items: Batch[] }>(withQuery('/api/paper/batches', { status: 'open' })), enabled });
}

export function useInvalidatePaper() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: ['paper'] });
}
