// Where a message goes when it names no item, how its tracking number starts, and how many
// working days the office has to answer. No imports but the demo offices' names.
import { CENTRE_WINDOW, OFFICES } from '../catalog/seed/common.ts';

export const INQUIRY_KINDS = ['consult', 'complaint', 'mailbox'] as const;
export type InquiryKind = (typeof INQUIRY_KINDS)[number];

export const INQUIRY_RULES: Record<InquiryKind, { label: string; prefix: string; answerWithinWorkingDays: number; defaultOffice: string }> = {
  // 咨询: the hall window answers general questions; an item's question goes to its office.
  consult: { label: '咨询', prefix: 'ZX', answerWithinWorkingDays: 5, defaultOffice: CENTRE_WINDOW.name },
  // 投诉: the office that supervises service quality.
  complaint: { label: '投诉', prefix: 'TS', answerWithinWorkingDays: 10, defaultOffice: OFFICES.policy.name },
  // 局长信箱: the director's office reads it and forwards as needed.
  mailbox: { label: '局长信箱', prefix: 'JZ', answerWithinWorkingDays: 15, defaultOffice: '办公室' },
};

export const INQUIRY_STATE_LABELS = { open: '待处理', in_progress: '办理中', answered: '已答复' } as const;
