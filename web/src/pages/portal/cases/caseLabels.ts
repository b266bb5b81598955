// Display helpers for cases: phase colours, form field names, who acted on a timeline event.
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

/** Labels of the application form's fields, in display order. */
export const FORM_FIELD_LABELS: Record<string, string> = {
  contactName: '联系人',
  contactPhone: '联系电话',
  address: '通讯地址',
  description: '申请事项说明',
};

/** Transitions the applicant takes (same labels in every shipped workflow). */
const APPLICANT_ACTIONS = ['提交补正材料', '撤回申请'];

/**
 * Who acted, as far as the timeline tells: it gives an actor id ("person:…", "program:…"),
 * not a name, so the applicant's own steps are named by their kind and the rest are staff.
 */
export function actorLabel(e: TimelineEvent): string {
  // (materials are changed by the applicant only)
  if (e.kind === 'submitted' || e.kind.startsWith('material.') || APPLICANT_ACTIONS.includes(e.action)) return '申请人';
  if (e.actor.startsWith('program:')) return '系统';
  return '工作人员';
}

/** The opinion of the step that put the case into its current state (e.g. the correction notice). */
export function latestOpinionInto(events: TimelineEvent[], stateLabel: string): string | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.toState === stateLabel) return e.opinion;
  }
  return null;
}
