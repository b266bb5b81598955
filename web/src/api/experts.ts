// Expert pool (专家库, admin) and the expert panels of a case (指派、抽取、专家意见、会签): fetchers and hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ExclusionReason, ExpertCategory, Recommendation } from '../../../server/modules/experts/categories.ts';
import type { expertProfileSchema, expertSchema } from '../../../server/modules/experts/pool.ts';
import { caseKeys } from './cases.ts';
import { request, withQuery } from './client.ts';

export type Expert = z.infer<typeof expertSchema>;
export type ExpertProfile = z.input<typeof expertProfileSchema>;
export type { ExclusionReason, ExpertCategory, Recommendation };

export interface PanelReview {
  personId: string;
  name: string;
  category: ExpertCategory;
  unitName: string;
  opinion: string | null;
  score: number | null;
  recommendation: Recommendation | null;
  answeredAt: string | null;
  updatedAt: string | null;
  mine: boolean;
}

export interface Panel {
  id: string;
  state: string;
  stateLabel: string;
  method: 'draw' | 'manual';
  rule: string;
  open: boolean;
  closeReason: 'step_closed' | 'replaced' | null;
  createdAt: string;
  closedAt: string | null;
  draw: { candidates: number; excluded: number; seed: string } | null;
  answered: number;
  total: number;
  averageScore: number | null;
  reviews: PanelReview[];
}

export interface PanelView {
  step: { state: string; stateLabel: string; rule: string } | null;
  canAssign: boolean;
  canAnswer: boolean;
  panels: Panel[];
}

export interface Candidate {
  personId: string;
  name: string;
  category: ExpertCategory;
  unitName: string;
  fields: string[];
  excludedFor: ExclusionReason[];
}

const base = '/api/admin/experts';
export const expertKeys = {
  pool: (q: string) => ['experts', 'pool', q] as const,
  panel: (caseId: string) => ['experts', 'panel', caseId] as const,
  candidates: (caseId: string) => ['experts', 'candidates', caseId] as const,
};

export function useExpertPool(q: string) {
  return useQuery({
    queryKey: expertKeys.pool(q),
    queryFn: ({ signal }) => request<{ items: Expert[] }>(withQuery(base, { q }), { admin: true, signal }),
  });
}

export function useExpertPoolMutations() {
  const qc = useQueryClient();
  const onSuccess = () => void qc.invalidateQueries({ queryKey: ['experts', 'pool'] });
  const create = useMutation({
    mutationFn: (input: ExpertProfile & { personId: string }) => request<Expert>(base, { method: 'POST', body: input, admin: true, forbiddenView: false }),
    onSuccess,
  });
  const update = useMutation({
    mutationFn: ({ personId, profile }: { personId: string; profile: ExpertProfile }) =>
      request<Expert>(`${base}/${encodeURIComponent(personId)}`, { method: 'PUT', body: profile, admin: true, forbiddenView: false }),
    onSuccess,
  });
  return { create, update };
}

const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}/experts`;

export function usePanel(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: expertKeys.panel(caseId),
    queryFn: ({ signal }) => request<PanelView>(casePath(caseId), { signal }),
    enabled,
    retry: false,
  });
}

export function useCandidates(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: expertKeys.candidates(caseId),
    queryFn: ({ signal }) => request<{ rule: { description: string }; experts: Candidate[] }>(`${casePath(caseId)}/candidates`, { signal }),
    enabled,
    retry: false,
  });
}

export function usePanelMutations(caseId: string) {
  const qc = useQueryClient();
  const onSuccess = (view: PanelView) => {
    qc.setQueryData(expertKeys.panel(caseId), view);
    void qc.invalidateQueries({ queryKey: caseKeys.timeline(caseId) });
    void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
  };
  return {
    draw: useMutation({ mutationFn: () => request<PanelView>(`${casePath(caseId)}/draw`, { method: 'POST', body: {} }), onSuccess }),
    assign: useMutation({ mutationFn: (experts: string[]) => request<PanelView>(`${casePath(caseId)}/assign`, { method: 'POST', body: { experts } }), onSuccess }),
    answer: useMutation({
      mutationFn: (a: { opinion: string; score: number; recommendation: Recommendation }) => request<PanelView>(`${casePath(caseId)}/answer`, { method: 'PUT', body: a }),
      onSuccess,
    }),
  };
}
