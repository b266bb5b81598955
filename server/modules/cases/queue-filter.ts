// The work queue's search and filters, turned into what the store can answer from its
// indexes: the (workflow, state) pairs narrowed by state, a text search matched against case
// number (exact), applicant name (prefix) and credit code (the enterprise's id), and the
// deadline status as date bounds on the working-day calendar.
import { z } from 'zod';
import type { Queryable } from '../../db/types.ts';
import type { WorkingCalendar } from '../workflow/calendar/calendar.ts';
import { SHIPPED } from '../workflow/registry.ts';
import { DEADLINE_STATUSES, DUE_SOON_WORKING_DAYS } from './deadline-status.ts';
import { enterpriseIdByCreditCode, type QueueSearch } from './store.ts';

export { DEADLINE_STATUSES, DUE_SOON_WORKING_DAYS, deadlineStatus, type DeadlineStatus } from './deadline-status.ts';

export const queueQuerySchema = z.object({
  q: z.string().trim().max(100, '搜索内容不超过 100 个字').optional().describe('办件编号（完整）、申请人名称（前几个字）或统一社会信用代码'),
  itemCode: z.string().trim().max(64).optional().describe('事项实施编码'),
  state: z.string().trim().regex(/^[a-z][a-z0-9_]*$/, '环节标识无效').max(40).optional().describe('环节标识（如 initial_review）'),
  deadline: z.enum(DEADLINE_STATUSES).optional().describe('期限状态：overdue 已逾期，dueSoon 3 个工作日内到期，normal 正常'),
});
export type QueueFilter = z.infer<typeof queueQuerySchema>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The latest working day on or before `day` (a deadline before it means fewer than 0 working days left). */
function lastWorkingDayOnOrBefore(cal: WorkingCalendar, day: string): string {
  let d = day;
  for (let i = 0; i < 40; i++) {
    const prev = new Date(`${d}T00:00:00Z`);
    prev.setUTCDate(prev.getUTCDate() - 1);
    const before = prev.toISOString().slice(0, 10);
    if (cal.workingDaysBetween(before, d) === 1) return d;
    d = before;
  }
  return d;
}

export async function queueWhere(
  db: Queryable,
  where: Array<{ workflowKey: string; states: string[] }>,
  f: QueueFilter,
  ctx: { today: string; calendar: () => Promise<WorkingCalendar> },
): Promise<{ pairs: Array<{ workflowKey: string; states: string[] }>; search: QueueSearch }> {
  const pairs = f.state ? where.map((w) => ({ ...w, states: w.states.filter((s) => s === f.state) })) : where;
  const search: QueueSearch = {};
  if (f.itemCode) search.itemCode = f.itemCode;
  if (f.q) {
    const creditCode = f.q.toUpperCase();
    const enterpriseId = /^[0-9A-Z]{18}$/.test(creditCode) ? await enterpriseIdByCreditCode(db, creditCode) : null;
    search.text = { caseNo: f.q, namePrefix: `${escapeLike(f.q)}%`, enterpriseId };
  }
  if (f.deadline) {
    const cal = await ctx.calendar();
    const lastWorking = lastWorkingDayOnOrBefore(cal, ctx.today);
    // remaining ≤ 3 ⇔ the deadline comes before the 4th working day from today
    const soonEnd = cal.addWorkingDays(ctx.today, DUE_SOON_WORKING_DAYS + 1);
    search.deadline = f.deadline === 'overdue' ? { status: 'overdue', before: lastWorking } : { status: f.deadline, from: lastWorking, before: soonEnd };
  }
  return { pairs, search };
}

/** The states of a queue with their labels, for its state filter (one entry per state key). */
export function queueStates(where: Array<{ workflowKey: string; states: string[] }>): Array<{ key: string; label: string }> {
  const out = new Map<string, string>();
  for (const w of where) {
    const def = SHIPPED.find((d) => d.key === w.workflowKey);
    for (const s of w.states) if (!out.has(s)) out.set(s, def?.states[s]?.label ?? s);
  }
  return [...out].map(([key, label]) => ({ key, label }));
}
