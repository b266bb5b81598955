// What we take from `chinese-days`: complete years only, and 2026 exactly as the notice says.
import { describe, expect, it } from 'vitest';
import { NOTICE_2026 } from '../../../../test/support/calendar.ts';
import { readPackageCalendar } from './package-data.ts';

describe('chinese-days data', () => {
  const pkg = readPackageCalendar();

  it('carries every year from 2004 to 2026, none partially', () => {
    expect([...pkg.years.keys()]).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(pkg.partial).toEqual([]);
  });

  it('has 2026 as the State Council notice sets it', () => {
    expect(pkg.years.get(2026)).toEqual(NOTICE_2026);
  });

  it('puts 调休 working days on weekends only, with the festival names of the notices', () => {
    for (const [year, days] of pkg.years) {
      for (const d of days) {
        expect(d.day.startsWith(`${year}-`)).toBe(true);
        if (d.kind === 'workday') expect([0, 6], d.day).toContain(new Date(`${d.day}T00:00:00Z`).getUTCDay());
      }
    }
    const names = new Set([...pkg.years.values()].flat().map((d) => d.name));
    expect([...names].filter((n) => !['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'].includes(n))).toEqual([
      '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', // 2015-09-03
    ]);
  });
});
