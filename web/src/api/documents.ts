// Sealed documents of a case, electronic licences, public verification and seal admin.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, withQuery } from './client.ts';
import type { Page } from './types.ts';

export type DocumentKind = 'acceptance_notice' | 'refusal_notice' | 'correction_notice' | 'project_approval' | 'recognition_notice' | 'licence';

export interface CaseDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  issuedAt: string;
  automatic: boolean;
  deliveredAt: string | null;
  firstDownloadedAt: string | null;
  sha256: string;
  size: number;
}

export type LicenceStatus = 'valid' | 'revoked' | 'expired';

export interface PublicLicence {
  id: string;
  licenceNo: string;
  kind: 'production' | 'use';
  title: string;
  holderName: string;
  holderCode: string;
  holderCodeType: '001' | '111';
  scope: { species: string[]; grade: string; facilityAddress: string };
  issueDate: string;
  validUntil: string;
  issuer: string;
  status: LicenceStatus;
  statusLabel: string;
  revokedAt: string | null;
  revokeReason: string | null;
}

export interface Licence extends PublicLicence {
  caseId: string;
  code: string;
  documentId: string | null;
}

export interface VerifyResult {
  method: 'signed_code' | 'licence_no';
  signature: 'verified' | 'not_applicable';
  licence: PublicLicence;
}

export interface Seal {
  id: string;
  name: string;
  imageType: 'png' | 'pdf';
  certificate: { subject: string; serial: string; notBefore: string; notAfter: string; sha256: string };
  allowedRoles: string[];
  allowedItems: string[];
  active: boolean;
  createdAt: string;
}

export interface SealUse {
  at: string;
  actor: string;
  automatic: boolean;
  documentId: string;
  kind: DocumentKind;
  caseNo: string;
  sha256: string;
}

export const documentKeys = {
  ofCase: (caseId: string) => ['documents', caseId] as const,
  mine: (validOnly: boolean) => ['licences', 'mine', validOnly] as const,
  admin: (page: number) => ['licences', 'admin', page] as const,
  seals: ['seals'] as const,
  usage: (sealId: string) => ['seals', sealId, 'usage'] as const,
};

export const documentFileUrl = (caseId: string, documentId: string) => `/api/cases/${caseId}/documents/${documentId}/file`;
export const licenceFileUrl = (licenceId: string) => `/api/licences/${licenceId}/file`;

/** `watchUntil`: until this time (ms) the list is fetched again every 2 s (a document being sealed). */
export function useCaseDocuments(caseId: string, enabled: boolean, watchUntil = 0) {
  return useQuery({
    queryKey: documentKeys.ofCase(caseId),
    queryFn: () => request<CaseDocument[]>(`/api/cases/${caseId}/documents`),
    enabled,
    refetchInterval: () => (Date.now() < watchUntil ? 2000 : false),
  });
}

/** Roles that may seal a case's document by hand (documents policy: document.issue). */
export const DOCUMENT_ISSUERS = ['item_manager', 'decision_maker', 'window_clerk'];

/** The kinds staff may seal by hand on this case now (steps taken whose document is not sealed automatically). */
export function useDocumentsToIssue(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...documentKeys.ofCase(caseId), 'to-issue'],
    queryFn: () => request<{ kinds: DocumentKind[] }>(`/api/cases/${caseId}/documents/to-issue`),
    enabled,
  });
}

export function useIssueDocument(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (kind: DocumentKind) => request<CaseDocument>(`/api/cases/${caseId}/documents`, { method: 'POST', body: { kind } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: documentKeys.ofCase(caseId) }),
  });
}

export function useMyLicences(validOnly: boolean) {
  return useQuery({ queryKey: documentKeys.mine(validOnly), queryFn: () => request<Page<Licence>>(withQuery('/api/licences/mine', { valid: validOnly, pageSize: 100 })) });
}

export function useAdminLicences(page: number) {
  return useQuery({ queryKey: documentKeys.admin(page), queryFn: () => request<Page<Licence>>(withQuery('/api/admin/licences', { page, pageSize: 20 })) });
}

export function useRevokeLicence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; reason: string }) => request<Licence>(`/api/admin/licences/${v.id}/revoke`, { method: 'POST', body: { reason: v.reason } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['licences'] }),
  });
}

export const verifyLicence = (code: string) => request<VerifyResult>('/api/verify/licence', { method: 'POST', body: { code } });

export function useSeals() {
  return useQuery({ queryKey: documentKeys.seals, queryFn: () => request<Seal[]>('/api/admin/seals', { admin: true }) });
}

export function useSealUsage(sealId: string | null) {
  return useQuery({
    queryKey: documentKeys.usage(sealId ?? ''),
    queryFn: () => request<Page<SealUse>>(withQuery(`/api/admin/seals/${sealId}/usage`, { pageSize: 50 }), { admin: true }),
    enabled: !!sealId,
  });
}

export function useCreateDemoSeal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { organization: string; purpose: string; allowedRoles: string[]; allowedItems: string[] }) =>
      request<Seal>('/api/admin/seals/demo', { method: 'POST', body, admin: true }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: documentKeys.seals }),
  });
}

export function useImportSeal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; p12: string; password: string; png: string; allowedRoles: string[]; allowedItems: string[] }) =>
      request<Seal>('/api/admin/seals/import', { method: 'POST', body, admin: true }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: documentKeys.seals }),
  });
}

export function useUpdateSeal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; allowedRoles?: string[]; allowedItems?: string[]; active?: boolean }) => {
      const { id, ...body } = v;
      return request<Seal>(`/api/admin/seals/${id}`, { method: 'PATCH', body, admin: true });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: documentKeys.seals }),
  });
}
