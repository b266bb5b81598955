// Who may extend a case's deadline and read the timers' summaries.
import { definePolicy } from '../identity/authorize.ts';

export const deadlinesPolicy = definePolicy({
  /** 延期: 行政许可法 §42 — approved by the head of the office (审批负责人). */
  'case.extend': { roles: ['decision_maker'] },
  /** The daily deadline summary (warned and overdue cases per item). */
  'deadline.report': { roles: ['supervisor', 'admin'] },
});
