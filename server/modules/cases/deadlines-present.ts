// What a case's clock shows besides its deadlines: working days used (apart from the days it
// stood still), the warning and overdue marks, extensions — and the timeline labels of the
// timers' events. Shared by the case presenter, the queue and the timers.
import { z } from 'zod';
import { chinaDate } from '../../lib/china-date.ts';
import type { CalendarService } from '../workflow/calendar/service.ts';
import type { CaseRow } from './service.ts';

/** The actor of steps the platform takes by itself (timers, 超时默认). */
export const SYSTEM_ACTOR = 'system';

export const clockFiguresSchema = z.object({
  usedWorkingDays: z.number().int().nullable().describe('受理后已用工作日（不含暂停的工作日）；未受理或日历未导入时为 null'),
  warned: z.boolean().describe('已发出到期预警（当前承诺办结日）'),
  warnedLevel: z.number().int().nullable().describe('最近一次预警时剩余的工作日档位（如 3、1）'),
  overdue: z.boolean().describe('已超过承诺办结日（办结的办件：是否超期办结）'),
  overdueSince: z.string().nullable().describe('超期标记日期（定时任务标记“已超期”的日期）'),
  extendedWorkingDays: z.number().int().describe('已延期的工作日数'),
  extensions: z.number().int().describe('已延期次数'),
});
export type ClockFigures = z.infer<typeof clockFiguresSchema>;

export async function clockFigures(calendar: CalendarService, now: Date, c: CaseRow, promised: string | null): Promise<ClockFigures> {
  const today = chinaDate(now);
  // The clock's last day: conclusion, the day it stopped, or today.
  const end = c.concluded_at ? chinaDate(c.concluded_at) : (c.clock_paused_since ?? today);
  // Used = the limit (with extensions) minus what is left at the clock's last day; the
  // deadline already includes the days the clock stood still, so those are not counted.
  let used: number | null = null;
  if (c.accepted_at && promised !== null && c.promised_days !== null) {
    try {
      used = Math.max(0, c.promised_days + c.extended_working_days - (await calendar.current()).workingDaysBetween(end, promised));
    } catch {
      used = null; // a year not loaded: the admins have been told
    }
  }
  const overdue = promised !== null && end > promised;
  return {
    usedWorkingDays: used,
    warned: !overdue && c.deadline_warned_level !== null && c.deadline_warned_for === promised && !c.concluded_at,
    warnedLevel: c.deadline_warned_for === promised ? c.deadline_warned_level : null,
    overdue,
    overdueSince: c.overdue_since,
    extendedWorkingDays: c.extended_working_days,
    extensions: c.extension_count,
  };
}

/** Timeline labels of the timers' events (null: not one of theirs). */
export function deadlineEventLabel(kind: string, data: Record<string, unknown>): string | null {
  switch (kind) {
    case 'deadline.warning':
      return data.remaining === 0 ? `到期预警：今日为承诺办结日（${String(data.deadline)}）` : `到期预警：距承诺办结日还有 ${String(data.remaining)} 个工作日（${String(data.deadline)}）`;
    case 'deadline.overdue':
      return `已超期：承诺办结日 ${String(data.deadline)} 已过`;
    case 'deadline.extended':
      return `延期 ${String(data.workingDays)} 个工作日（承诺办结日 ${String(data.promisedBefore ?? '—')} → ${String(data.promisedAfter ?? '—')}）`;
    default:
      return null;
  }
}
