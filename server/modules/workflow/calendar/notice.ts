// A year's holidays as the State Council's yearly notice (国务院办公厅关于 XXXX 年部分节假日
// 安排的通知) states them: holiday ranges ("春节：2月5日至12日放假调休") and 调休上班 days
// ("2月14日（周六）上班"). Checked against the year, then expanded into exception days.
import { z } from 'zod';
import { AppError } from '../../../lib/errors.ts';
import type { CalendarDay } from './calendar.ts';
import { fromDayNumber, isWeekend, toDayNumber, weekdayOf, yearOf } from './dates.ts';

const isoDate = (label: string) => z.iso.date(`${label}应为 YYYY-MM-DD 格式的有效日期`);
const festivalName = z.string({ error: '请填写节日名称' }).trim().min(1, '请填写节日名称').max(50, '节日名称不能超过 50 个字');

export const noticeSchema = z.object({
  note: z.string().trim().max(500, '说明不能超过 500 个字').optional().describe('说明，如通知文号 国办发明电〔2026〕X号'),
  holidays: z
    .array(z.object({ from: isoDate('放假开始日期'), to: isoDate('放假结束日期'), name: festivalName }), { error: '请填写放假安排' })
    .min(1, '至少应有一段放假安排')
    .max(30, '放假安排不能超过 30 段')
    .describe('放假安排：每段起止日期（含）与节日名称'),
  workdays: z
    .array(z.object({ day: isoDate('调休上班日期'), name: festivalName }), { error: '请填写调休上班日（没有则为空数组）' })
    .max(30, '调休上班日不能超过 30 天')
    .describe('调休上班日（周六或周日）与所属节日'),
});
export type Notice = z.infer<typeof noticeSchema>;

/** The longest holiday the notice ever set is about ten days; a longer range is a typo. */
const MAX_RANGE_DAYS = 31;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

interface Problem {
  param: string;
  reason: string;
}

/**
 * The year's exception days from a notice, or VALIDATION_FAILED listing every problem:
 * dates outside the year, reversed or overlong ranges, overlapping holidays, a 调休 day
 * that is not a Saturday or Sunday, a day both holiday and working day.
 */
export function noticeToDays(year: number, notice: Notice): CalendarDay[] {
  const problems: Problem[] = [];
  const days = new Map<number, CalendarDay & { param: string }>();

  notice.holidays.forEach((h, i) => {
    const from = toDayNumber(h.from);
    const to = toDayNumber(h.to);
    const param = `holidays.${i}`;
    for (const [field, n, date] of [['from', from, h.from], ['to', to, h.to]] as const) {
      if (yearOf(n) !== year) problems.push({ param: `${param}.${field}`, reason: `${h.name}的日期 ${date} 不在 ${year} 年内` });
    }
    if (to < from) return problems.push({ param: `${param}.to`, reason: `${h.name}的结束日期 ${h.to} 早于开始日期 ${h.from}` });
    if (to - from + 1 > MAX_RANGE_DAYS) return problems.push({ param: `${param}.to`, reason: `${h.name}放假 ${to - from + 1} 天，超过 ${MAX_RANGE_DAYS} 天，请检查日期` });
    for (let n = from; n <= to; n++) {
      const other = days.get(n);
      if (other) {
        problems.push({ param, reason: `${fromDayNumber(n)} 同时出现在${other.name}和${h.name}的放假安排中` });
        break;
      }
      days.set(n, { day: fromDayNumber(n), kind: 'holiday', name: h.name, param });
    }
  });

  notice.workdays.forEach((w, i) => {
    const n = toDayNumber(w.day);
    const param = `workdays.${i}.day`;
    if (yearOf(n) !== year) problems.push({ param, reason: `调休上班日 ${w.day} 不在 ${year} 年内` });
    if (!isWeekend(n)) problems.push({ param, reason: `调休上班日 ${w.day} 是${WEEKDAYS[weekdayOf(n)]}，只能是周六或周日` });
    const other = days.get(n);
    if (other) problems.push({ param, reason: other.kind === 'holiday' ? `${w.day} 不能既是放假日又是调休上班日` : `调休上班日 ${w.day} 重复` });
    else days.set(n, { day: w.day, kind: 'workday', name: w.name, param });
  });

  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', `节假日安排有误：${problems[0]!.reason}${problems.length > 1 ? `（共 ${problems.length} 处）` : ''}`, problems);
  }
  return [...days.entries()].sort((a, b) => a[0] - b[0]).map(([, { day, kind, name }]) => ({ day, kind, name }));
}
