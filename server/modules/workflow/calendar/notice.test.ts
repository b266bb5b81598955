// A year's notice (holiday ranges and 调休 days) checked against the year and expanded.
import { describe, expect, it } from 'vitest';
import { noticeToDays, type Notice } from './notice.ts';

const problems = (year: number, notice: Notice) => {
  try {
    noticeToDays(year, notice);
  } catch (e) {
    return e as { code: string; message: string; details: { param: string; reason: string }[] };
  }
  throw new Error('expected a refusal');
};

describe('noticeToDays', () => {
  it('expands holiday ranges (weekends included) and keeps 调休 days, in date order', () => {
    const days = noticeToDays(2027, {
      holidays: [{ from: '2027-01-01', to: '2027-01-03', name: '元旦' }],
      workdays: [{ day: '2027-01-09', name: '元旦' }],
    });
    expect(days).toEqual([
      { day: '2027-01-01', kind: 'holiday', name: '元旦' },
      { day: '2027-01-02', kind: 'holiday', name: '元旦' },
      { day: '2027-01-03', kind: 'holiday', name: '元旦' },
      { day: '2027-01-09', kind: 'workday', name: '元旦' },
    ]);
  });

  it('refuses dates outside the year, reversed or overlong ranges, weekday 调休, a day both ways', () => {
    expect(problems(2027, { holidays: [{ from: '2026-12-31', to: '2027-01-02', name: '元旦' }], workdays: [] })).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '节假日安排有误：元旦的日期 2026-12-31 不在 2027 年内',
      details: [{ param: 'holidays.0.from' }],
    });
    expect(problems(2027, { holidays: [{ from: '2027-02-12', to: '2027-02-05', name: '春节' }], workdays: [] }).message).toBe(
      '节假日安排有误：春节的结束日期 2027-02-05 早于开始日期 2027-02-12',
    );
    expect(problems(2027, { holidays: [{ from: '2027-02-01', to: '2027-03-31', name: '春节' }], workdays: [] }).message).toContain('超过 31 天');
    expect(problems(2027, { holidays: [{ from: '2027-10-01', to: '2027-10-07', name: '国庆节' }], workdays: [{ day: '2027-10-08', name: '国庆节' }] }).message).toBe(
      '节假日安排有误：调休上班日 2027-10-08 是周五，只能是周六或周日',
    );
    expect(problems(2027, { holidays: [{ from: '2027-10-01', to: '2027-10-07', name: '国庆节' }], workdays: [{ day: '2027-10-02', name: '国庆节' }] }).message).toBe(
      '节假日安排有误：2027-10-02 不能既是放假日又是调休上班日',
    );
    expect(
      problems(2027, {
        holidays: [{ from: '2027-09-15', to: '2027-09-17', name: '中秋节' }, { from: '2027-09-17', to: '2027-09-18', name: '国庆节' }],
        workdays: [{ day: '2028-01-08', name: '元旦' }],
      }),
    ).toMatchObject({
      message: '节假日安排有误：2027-09-17 同时出现在中秋节和国庆节的放假安排中（共 2 处）',
      details: [{ param: 'holidays.1' }, { param: 'workdays.0.day', reason: '调休上班日 2028-01-08 不在 2027 年内' }],
    });
  });
});
