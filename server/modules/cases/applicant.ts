// Who the applicant of a new case is, in national code values (申请人类型).
import type { UserPrincipal } from '../identity/principal.ts';

/**
 * 申请人类型 from the 统一社会信用代码's first two characters (登记管理部门 + 机构类别, GB 32100):
 * 11 机关 → 6 行政机关; 12 事业单位 → 3 事业法人; 5x 民政登记的社会组织 → 4 社会组织法人;
 * 91 企业 → 2 企业法人; 92 个体工商户, 93 农民专业合作社 → 5 非法人企业; otherwise 9 其他组织.
 */
export function applicantTypeOfCreditCode(code: string): '2' | '3' | '4' | '5' | '6' | '9' {
  const head = code.slice(0, 2);
  if (head === '11') return '6';
  if (head === '12') return '3';
  if (head.startsWith('5')) return '4';
  if (head === '91') return '2';
  if (head === '92' || head === '93') return '5';
  return '9';
}

export interface Applicant {
  personId: string;
  enterpriseId: string | null;
  type: string;
  name: string;
}

/** The applicant a signed-in person applies as: themselves, or the enterprise they act for now. */
export function applicantOf(p: UserPrincipal): Applicant | null {
  if (p.subjectType === 'natural') return { personId: p.personId, enterpriseId: null, type: '1', name: p.name };
  if (p.subjectType === 'legal' && p.enterprise) {
    return { personId: p.personId, enterpriseId: p.enterprise.id, type: applicantTypeOfCreditCode(p.enterprise.creditCode), name: p.enterprise.name };
  }
  return null; // staff apply on someone's behalf through the window desk, not as themselves
}
