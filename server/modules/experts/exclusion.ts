// 回避: who may never review a case — the applicant themselves, experts of the applicant's own
// unit (same credit code or name), and experts who declared a relation with it.
import type { ExclusionReason } from './categories.ts';

export interface ApplicantFacts {
  personId: string;
  /** The enterprise applying (null for a natural person). */
  creditCode: string | null;
  name: string;
}

export interface ExpertFacts {
  personId: string;
  unitName: string;
  unitCreditCode: string | null;
  relations: Array<{ creditCode?: string | null; name?: string | null }>;
}

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.trim() === b.trim();

export function exclusionReasons(e: ExpertFacts, a: ApplicantFacts): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (e.personId === a.personId) reasons.push('APPLICANT_SELF');
  if (a.creditCode && (same(e.unitCreditCode, a.creditCode) || same(e.unitName, a.name))) reasons.push('SAME_UNIT');
  if (e.relations.some((r) => same(r.creditCode, a.creditCode) || same(r.name, a.name))) reasons.push('DECLARED_RELATION');
  return reasons;
}
