// The workflow engine's rules, pure: which transition a caller may take from a case's
// state, and whether its guards hold. The cases module applies the result in one
// transaction (state, version, event, outbox).
import { AppError } from '../../lib/errors.ts';
import type { Principal } from '../identity/principal.ts';
import type { Transition, WorkflowDefinition } from './definition.ts';

export interface CaseParty {
  applicantPersonId: string;
  applicantEnterpriseId: string | null;
}

/** The applicant side of a case: the person who applied, or a handler acting for the same enterprise. */
export function isApplicantOf(p: Principal, c: CaseParty): boolean {
  if (p.kind !== 'user') return false;
  if (c.applicantEnterpriseId) return p.subjectType === 'legal' && p.enterprise?.id === c.applicantEnterpriseId;
  return p.subjectType === 'natural' && p.personId === c.applicantPersonId;
}

export function mayTake(t: Transition, p: Principal, c: CaseParty): boolean {
  return t.takers.some((taker) => {
    if (taker === 'applicant') return isApplicantOf(p, c);
    if (taker === 'system') return false; // only timers, never a request
    return p.kind === 'user' && p.roles.includes(taker);
  });
}

export interface GuardContext {
  opinion?: string;
  /** Names of required materials with no current upload, commitment or tolerance (gathered only when a guard needs them). */
  missingMaterials?: string[];
}

const GUARD_CHECKS: Record<Transition['guards'][number], { check: (ctx: GuardContext) => boolean; message: string | ((ctx: GuardContext) => string) }> = {
  reasonGiven: { check: (ctx) => (ctx.opinion ?? '').trim().length >= 2, message: '请填写理由或意见' },
  // Not gathered means not known: the guard fails rather than let an incomplete case through.
  materialsComplete: {
    check: (ctx) => ctx.missingMaterials !== undefined && ctx.missingMaterials.length === 0,
    message: (ctx) => `申请材料不齐全，以下必要材料尚未提交（上传、告知承诺或容缺）：${(ctx.missingMaterials ?? []).map((n) => `「${n}」`).join('、')}`,
  },
};

/**
 * The transition `key` from the case's current state, if this caller may take it now;
 * otherwise a clear error saying why.
 */
export function resolveTransition(def: WorkflowDefinition, state: string, key: string, p: Principal, c: CaseParty, ctx: GuardContext): Transition {
  const t = def.transitions.find((x) => x.key === key);
  if (!t) throw new AppError('TRANSITION_UNKNOWN', `流程中没有“${key}”这一动作`);
  if (!t.from.includes(state)) {
    throw new AppError('TRANSITION_NOT_ALLOWED', `办件当前处于“${def.states[state]?.label ?? state}”，不能执行“${t.label}”`);
  }
  if (!mayTake(t, p, c)) throw new AppError('FORBIDDEN', `您无权执行“${t.label}”`);
  for (const g of t.guards) {
    const guard = GUARD_CHECKS[g];
    if (!guard.check(ctx)) {
      const message = typeof guard.message === 'function' ? guard.message(ctx) : guard.message;
      throw new AppError('GUARD_FAILED', message, { guard: g, ...(g === 'materialsComplete' ? { missingMaterials: ctx.missingMaterials ?? [] } : {}) });
    }
  }
  return t;
}

/** The actions this caller may take on a case now (for buttons and queues). */
export function availableTransitions(def: WorkflowDefinition, state: string, p: Principal, c: CaseParty): Transition[] {
  return def.transitions.filter((t) => t.from.includes(state) && mayTake(t, p, c));
}
