// What a case step means for the outside world beyond the platform push: notices to the
// applicant and, at a licensing decision, its publication to the credit platform (双公示).
// Called by the cases service inside the step's transaction, so the messages are written
// with the change or not at all.
import type { Queryable } from '../../db/types.ts';
import type { Transition } from '../workflow/definition.ts';
import { enqueue } from './outbox/store.ts';

export type CaseNoticeKind = 'correction_requested' | 'accepted' | 'refused' | 'concluded';

/** The notice a transition gives the applicant, if any. */
export function noticeKindOf(t: Pick<Transition, 'stepResult' | 'conclusion'>, acceptedNow: boolean): CaseNoticeKind | null {
  if (t.conclusion === '6' || t.stepResult === '3' || t.stepResult === '2') return 'refused';
  if (t.conclusion !== undefined) return t.conclusion === '5' ? null : 'concluded'; // 5 退件: the applicant withdrew it themselves
  if (acceptedNow) return 'accepted';
  if (t.stepResult === '5') return 'correction_requested';
  return null;
}

export async function enqueueCaseEffects(
  tx: Queryable,
  e: { caseId: string; caseNo: string; version: number; transition: Pick<Transition, 'key' | 'label' | 'stepResult' | 'conclusion'>; acceptedNow: boolean; opinion: string | null },
): Promise<void> {
  const kind = noticeKindOf(e.transition, e.acceptedNow);
  if (kind) {
    await enqueue(tx, {
      topic: `notice.${kind}`,
      idempotencyKey: `notice:case:${e.caseId}:v${e.version}`,
      payload: { caseId: e.caseId, caseNo: e.caseNo, vars: { reason: e.opinion ?? '', result: e.transition.label } },
    });
  }
  // 行政许可 decisions (准予 / 不予许可) are published; the adapter checks the item's type.
  if (e.transition.conclusion === '0' || e.transition.conclusion === '1') {
    await enqueue(tx, { topic: 'credit.publicity', idempotencyKey: `publicity:case:${e.caseId}`, payload: { caseId: e.caseId, caseNo: e.caseNo, decision: e.transition.conclusion } });
  }
}
