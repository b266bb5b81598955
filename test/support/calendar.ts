// Working-day calendar fixtures: the 2026 notice written out by hand (so that tests compare
// the seeded data with the notice itself, not with the package), and 2027 test data.
import type { CalendarDay } from '../../server/modules/workflow/calendar/calendar.ts';
import { fromDayNumber, toDayNumber } from '../../server/modules/workflow/calendar/dates.ts';

export const holidays = (from: string, to: string, name: string): CalendarDay[] => {
  const out: CalendarDay[] = [];
  for (let n = toDayNumber(from); n <= toDayNumber(to); n++) out.push({ day: fromDayNumber(n), kind: 'holiday', name });
  return out;
};
export const workday = (day: string, name: string): CalendarDay => ({ day, kind: 'workday', name });

/** 国务院办公厅关于2026年部分节假日安排的通知 (issued November 2025). */
export const NOTICE_2026: CalendarDay[] = [
  ...holidays('2026-01-01', '2026-01-03', '元旦'), // 1月1日（周四）至3日（周六）
  workday('2026-01-04', '元旦'), // 1月4日（周日）上班
  ...holidays('2026-02-15', '2026-02-23', '春节'), // 2月15日（周日）至23日（周一）
  workday('2026-02-14', '春节'), // 2月14日（周六）上班
  workday('2026-02-28', '春节'), // 2月28日（周六）上班
  ...holidays('2026-04-04', '2026-04-06', '清明节'), // 4月4日（周六）至6日（周一）
  ...holidays('2026-05-01', '2026-05-05', '劳动节'), // 5月1日（周五）至5日（周二）
  workday('2026-05-09', '劳动节'), // 5月9日（周六）上班
  ...holidays('2026-06-19', '2026-06-21', '端午节'), // 6月19日（周五）至21日（周日）
  ...holidays('2026-09-25', '2026-09-27', '中秋节'), // 9月25日（周五）至27日（周日）
  ...holidays('2026-10-01', '2026-10-07', '国庆节'), // 10月1日（周四）至7日（周三）
  workday('2026-09-20', '国庆节'), // 9月20日（周日）上班
  workday('2026-10-10', '国庆节'), // 10月10日（周六）上班
].sort((a, b) => a.day.localeCompare(b.day));

/**
 * TEST DATA, not the real 2027 arrangement (the State Council publishes it each November):
 * plausible 2027 dates in the shape of the notice, for loading a year through the admin API.
 */
export const TEST_NOTICE_2027 = {
  note: '测试数据（非真实通知）',
  holidays: [
    { from: '2027-01-01', to: '2027-01-03', name: '元旦' },
    { from: '2027-02-05', to: '2027-02-12', name: '春节' },
    { from: '2027-04-03', to: '2027-04-05', name: '清明节' },
    { from: '2027-05-01', to: '2027-05-05', name: '劳动节' },
    { from: '2027-06-09', to: '2027-06-09', name: '端午节' },
    { from: '2027-09-15', to: '2027-09-15', name: '中秋节' },
    { from: '2027-10-01', to: '2027-10-07', name: '国庆节' },
  ],
  workdays: [
    { day: '2027-01-30', name: '春节' },
    { day: '2027-02-20', name: '春节' },
    { day: '2027-04-25', name: '劳动节' },
    { day: '2027-09-26', name: '国庆节' },
    { day: '2027-10-09', name: '国庆节' },
  ],
};
