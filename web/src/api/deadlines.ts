// 延期 (extension of a case's deadline) and what an extension may still be.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from './client.ts';
import { caseKeys, type Case } from './cases.ts';
import type { Me } from './session.ts';

export interface ExtensionAllowance {
  maxWorkingDays: number;
  maxTimes: number;
  extendedWorkingDays: number;
  extensions: number;
  remainingWorkingDays: number;
  allowed: boolean;
}

/** Who may extend (server: deadlinesPolicy 'case.extend'). */
export const mayExtend = (me: Me | null | undefined): boolean => !!me && me.subjectType === 'staff' && me.roles.includes('decision_maker');

export function useExtensionAllowance(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...caseKeys.detail(id), 'extension'],
    queryFn: ({ signal }) => request<ExtensionAllowance>(`/api/cases/${encodeURIComponent(id)}/extension`, { signal }),
    enabled,
    retry: false,
  });
}

export function useExtendCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; workingDays: number; reason: string; expectedVersion: number }) =>
      request<Case>(`/api/cases/${encodeURIComponent(input.id)}/extensions`, {
        method: 'POST',
        body: { workingDays: input.workingDays, reason: input.reason, expectedVersion: input.expectedVersion },
      }),
    onSuccess: (c) => {
      qc.setQueryData(caseKeys.detail(c.id), c);
      void qc.invalidateQueries({ queryKey: [...caseKeys.detail(c.id), 'extension'] });
      void qc.invalidateQueries({ queryKey: caseKeys.timeline(c.id) });
      void qc.invalidateQueries({ queryKey: ['cases', 'queue'] });
    },
  });
}
