// Cases API (online application, my cases, case actions, staff work queue): fetchers and hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { queueQuerySchema } from '../../../server/modules/cases/queue-filter.ts';
import type { caseSchema } from '../../../server/modules/cases/routes.ts';
import { request, withQuery } from './client.ts';
import type { Me } from './session.ts';
import type { Page } from './types.ts';

export type Case = z.infer<typeof caseSchema>;
export type CaseAction = Case['actions'][number];
export type CasePhase = Case['phase'];

export interface TimelineEvent {
  at: string;
  actor: string;
  /** Who acted, by name (staff, the applicant's person), or 外部系统 / 系统. */
  actorName: string;
  byApplicant: boolean;
  kind: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  stepResult: string | null;
  opinion: string | null;
}

/** What the applicant fills in: the answers to the item's own form (see applicationForms.ts). */
export type ApplicationForm = Record<string, unknown>;

/** Staff roles that have a work queue (server: casesPolicy 'case.queue'). */
export const QUEUE_ROLES = ['item_manager', 'decision_maker', 'window_clerk', 'expert', 'service_point_clerk', 'receiving_unit_clerk'];

export const hasWorkQueue = (me: Me | null | undefined): boolean =>
  !!me && me.subjectType === 'staff' && me.roles.some((r) => QUEUE_ROLES.includes(r));

/** Natural persons and enterprise handlers apply; staff act on behalf through the window. */
export const isApplicant = (me: Me | null | undefined): boolean => !!me && me.subjectType !== 'staff';

export const caseKeys = {
  all: ['cases'] as const,
  /** `scope` is the current enterprise (a handler's cases change when they switch). */
  mine: (page: number, pageSize: number, scope: string) => ['cases', 'mine', scope, page, pageSize] as const,
  queue: (page: number, pageSize: number, filter: QueueFilter = {}) => ['cases', 'queue', page, pageSize, filter] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  timeline: (id: string) => ['cases', 'timeline', id] as const,
};

/**
 * The other parts of a case page a step may change (expert panels, the stamped application,
 * sealed documents, notices, the form): refetched after an action and on 刷新. (Keys of
 * experts.ts, applicationPdf.ts, documents.ts and desk.ts, spelled here: they import this file.)
 */
export const caseSideKeys = (id: string) => [
  ['experts', 'panel', id],
  [...caseKeys.detail(id), 'documents'],
  ['documents', id],
  ['cases', 'notices', id],
  ['cases', 'form', id],
];

/** An idempotency key for one submission (also where crypto.randomUUID is missing: plain http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function useMyCases(page: number, pageSize: number, scope: string, enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.mine(page, pageSize, scope),
    queryFn: ({ signal }) => request<Page<Case>>(withQuery('/api/cases', { page, pageSize }), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The work queue's search and filters (server: queue-filter.ts). */
export type QueueFilter = Partial<z.infer<typeof queueQuerySchema>>;

/** A page of the work queue, with the states it spans (for the state filter); total stops at 1000 (totalCapped). */
export type QueuePage = Page<Case> & { totalCapped?: boolean; states: Array<{ key: string; label: string }> };

export function useQueue(page: number, pageSize: number, enabled: boolean, filter: QueueFilter = {}) {
  return useQuery({
    queryKey: caseKeys.queue(page, pageSize, filter),
    queryFn: ({ signal }) => request<QueuePage>(withQuery('/api/workbench/queue', { page, pageSize, ...filter }), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCase(id: string, enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) => request<Case>(`/api/cases/${encodeURIComponent(id)}`, { signal }),
    enabled,
    retry: false,
  });
}

export function useTimeline(id: string, enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.timeline(id),
    queryFn: ({ signal }) => request<{ events: TimelineEvent[] }>(`/api/cases/${encodeURIComponent(id)}/timeline`, { signal }),
    enabled,
    retry: false,
  });
}

export function useSubmitCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { itemCode: string; form: ApplicationForm; idempotencyKey: string }) =>
      request<Case>('/api/cases', {
        method: 'POST',
        headers: { 'Idempotency-Key': input.idempotencyKey },
        body: { itemCode: input.itemCode, form: input.form },
      }),
    onSuccess: (c) => {
      qc.setQueryData(caseKeys.detail(c.id), c);
      void qc.invalidateQueries({ queryKey: ['cases', 'mine'] });
    },
  });
}

export function useCaseAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; action: string; opinion?: string; expectedVersion: number; form?: Record<string, unknown> }) =>
      request<Case>(`/api/cases/${encodeURIComponent(input.id)}/actions/${encodeURIComponent(input.action)}`, {
        method: 'POST',
        body: { opinion: input.opinion, expectedVersion: input.expectedVersion, form: input.form },
      }),
    onSuccess: (c) => {
      qc.setQueryData(caseKeys.detail(c.id), c);
      for (const queryKey of caseSideKeys(c.id)) void qc.invalidateQueries({ queryKey });
      void qc.invalidateQueries({ queryKey: caseKeys.timeline(c.id) });
      void qc.invalidateQueries({ queryKey: ['cases', 'mine'] });
      void qc.invalidateQueries({ queryKey: ['cases', 'queue'] });
    },
  });
}
