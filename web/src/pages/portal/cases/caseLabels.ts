// Display helpers for cases: phase colours, who acted on a timeline event.
import type { CasePhase, TimelineEvent } from '../../../api/cases.ts';

export const PHASE_LABEL: Record<CasePhase, string> = {
  pending_acceptance: '待受理',
  accepted: '已受理',
  concluded: '已办结',
};

export const PHASE_COLOR: Record<CasePhase, string> = {
  pending_acceptance: 'orange',
  accepted: 'blue',
  concluded: 'green',
};

/** Who acted, as the server names them (the applicant's own steps marked as such). */
export const actorLabel = (e: TimelineEvent): string => (e.byApplicant ? `申请人 · ${e.actorName}` : e.actorName);

/** The step that put the case into its current state (e.g. the correction request: its opinion is the notice). */
export function latestEventInto(events: TimelineEvent[], stateLabel: string): TimelineEvent | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.toState === stateLabel) return e;
  }
  return null;
}

/** The opinion of the step that put the case into its current state (e.g. the correction notice). */
export const latestOpinionInto = (events: TimelineEvent[], stateLabel: string): string | null => latestEventInto(events, stateLabel)?.opinion ?? null;
