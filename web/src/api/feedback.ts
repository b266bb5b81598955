// 好差评 API: rate a case or a visit, follow-ups, appeals, figures — fetchers and hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { caseRatingInput, followupSchema, pointRatingInput, pointSchema, ratingSchema } from '../../../server/modules/feedback/schemas.ts';
import { request, withQuery } from './client.ts';
import type { Me } from './session.ts';

export type Rating = z.infer<typeof ratingSchema>;
export type RatingPoint = z.infer<typeof pointSchema>;
export type Followup = z.infer<typeof followupSchema>;
export type CaseRatingInput = z.input<typeof caseRatingInput>;
export type PointRatingInput = z.input<typeof pointRatingInput>;

export interface FollowupRow {
  id: string;
  office: string;
  state: string;
  stateLabel: string;
  deadline: string;
  overdue: boolean;
  escalated: boolean;
  level: number;
  comment: string | null;
  tags: string[];
  itemName: string | null;
  caseId: string | null;
  pointCode: string | null;
  ratedAt: string;
}

export interface Appeal {
  id: string;
  ratingId: string;
  office: string;
  reason: string;
  filedAt: string;
  level: number;
  comment: string | null;
  tags: string[];
  itemName: string | null;
}

/** Staff roles that follow up bad ratings of their office (server: feedbackPolicy 'rating.followup'). */
const FOLLOWUP_ROLES = ['item_manager', 'window_clerk', 'decision_maker', 'supervisor'];
export const canFollowUp = (me: Me | null | undefined): boolean => !!me && me.roles.some((r) => FOLLOWUP_ROLES.includes(r));
export const canSupervise = (me: Me | null | undefined): boolean => !!me && me.roles.some((r) => r === 'supervisor' || r === 'admin');

export const feedbackKeys = {
  caseRating: (caseId: string) => ['feedback', 'case', caseId] as const,
  point: (code: string) => ['feedback', 'point', code] as const,
  points: ['feedback', 'points'] as const,
  followups: (filter: Record<string, unknown>) => ['feedback', 'followups', filter] as const,
  followup: (id: string) => ['feedback', 'followup', id] as const,
  appeals: ['feedback', 'appeals'] as const,
};

export function useCaseRating(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: feedbackKeys.caseRating(caseId),
    queryFn: ({ signal }) => request<{ rating: Rating | null }>(`/api/cases/${encodeURIComponent(caseId)}/rating`, { signal }),
    enabled,
  });
}

export function useRateCase(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CaseRatingInput) => request<Rating>(`/api/cases/${encodeURIComponent(caseId)}/rating`, { method: 'POST', body: input }),
    onSuccess: (rating) => qc.setQueryData(feedbackKeys.caseRating(caseId), { rating }),
  });
}

export function useAppendRating(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { ratingId: string; comment: string }) => request<Rating>(`/api/ratings/${input.ratingId}/additions`, { method: 'POST', body: { comment: input.comment } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: feedbackKeys.caseRating(caseId) }),
  });
}

export function usePoint(code: string) {
  return useQuery({
    queryKey: feedbackKeys.point(code),
    queryFn: ({ signal }) => request<RatingPoint>(`/api/rate/points/${encodeURIComponent(code)}`, { signal }),
    retry: false,
  });
}

export function useRatePoint(code: string) {
  return useMutation({
    mutationFn: (input: PointRatingInput) => request<Rating>(`/api/rate/points/${encodeURIComponent(code)}`, { method: 'POST', body: input }),
  });
}

export function usePoints() {
  return useQuery({ queryKey: feedbackKeys.points, queryFn: ({ signal }) => request<{ items: RatingPoint[] }>('/api/admin/rating-points', { signal }) });
}

export function useSavePoint() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { create: boolean; code: string; kind?: 'window' | 'office'; name?: string; office?: string; active?: boolean }) =>
      input.create
        ? request<RatingPoint>('/api/admin/rating-points', { method: 'POST', body: { code: input.code, kind: input.kind, name: input.name, office: input.office } })
        : request<RatingPoint>(`/api/admin/rating-points/${encodeURIComponent(input.code)}`, { method: 'PATCH', body: { active: input.active } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: feedbackKeys.points }),
  });
}

export function useFollowups(filter: { state?: string; overdue?: boolean; escalated?: boolean; page: number }, enabled: boolean) {
  return useQuery({
    queryKey: feedbackKeys.followups(filter),
    queryFn: ({ signal }) =>
      request<{ items: FollowupRow[]; total: number }>(withQuery('/api/feedback/followups', { ...filter, pageSize: 20 }), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useFollowup(id: string | null) {
  return useQuery({
    queryKey: feedbackKeys.followup(id ?? ''),
    queryFn: ({ signal }) => request<Followup>(`/api/feedback/followups/${id}`, { signal }),
    enabled: id !== null,
  });
}

export function useFollowupStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; body: Record<string, unknown>; response?: boolean }) =>
      request<Followup>(`/api/feedback/followups/${input.id}/${input.response ? 'response' : 'steps'}`, { method: 'POST', body: input.body }),
    onSuccess: (f) => {
      qc.setQueryData(feedbackKeys.followup(f.id), f);
      void qc.invalidateQueries({ queryKey: ['feedback'] });
    },
  });
}

export function useAppeals(enabled: boolean) {
  return useQuery({ queryKey: feedbackKeys.appeals, queryFn: ({ signal }) => request<{ items: Appeal[] }>('/api/feedback/appeals', { signal }), enabled });
}

export function useAppealMutations() {
  const qc = useQueryClient();
  const done = () => void qc.invalidateQueries({ queryKey: ['feedback'] });
  return {
    file: useMutation({ mutationFn: (i: { ratingId: string; reason: string }) => request(`/api/ratings/${i.ratingId}/appeal`, { method: 'POST', body: { reason: i.reason } }), onSuccess: done }),
    decide: useMutation({ mutationFn: (i: { id: string; upheld: boolean; note: string }) => request(`/api/feedback/appeals/${i.id}/decision`, { method: 'POST', body: { upheld: i.upheld, note: i.note } }), onSuccess: done }),
  };
}

/** A random visitor token kept on this device: anonymous ratings count once per visit. */
export function deviceVisitToken(): string {
  const KEY = 'kzt.visitToken';
  let t = localStorage.getItem(KEY);
  if (!t) {
    t = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(KEY, t);
  }
  return t;
}

export interface RatingFigures {
  total: number;
  byLevel: Record<string, number>;
  satisfactionRate: number | null;
  badRatings: number;
  followups: number;
  followupsByState: Record<string, number>;
  rectificationRate: number | null;
  confirmedRate: number | null;
}

export function useRatingFigures(enabled: boolean) {
  return useQuery({ queryKey: ['feedback', 'figures'], queryFn: ({ signal }) => request<RatingFigures>('/api/feedback/figures', { signal }), enabled });
}
