import { describe, expect, it } from 'vitest';
import { acceptanceNumber, parseAcceptanceNumber } from './acceptance-number.ts';
import { deadlineStatus } from './deadline-status.ts';
import { correctionsOf, noticeContent, type NoticeFacts } from './notices.ts';

const facts: NoticeFacts = {
  caseNo: '11340000003002810031000000000001202606100001', itemName: '实验动物生产许可', applicantName: '合肥某某生物科技有限公司', applicantType: '2',
  submittedOn: '2026-06-03', issuer: '安徽省科学技术厅', issuedOn: '2026-06-10',
};

describe('notice content', () => {
  it('accepts with the acceptance number, the promised limit and its date', () => {
    const n = noticeContent('acceptance', { ...facts, acceptanceNo: '科受字〔2026〕第000123号', promisedDays: 20, promisedDeadline: '2026-07-09' });
    expect(n).toMatchObject({ title: '受理通知书', docNo: '科受字〔2026〕第000123号', addressee: '合肥某某生物科技有限公司：', issuer: '安徽省科学技术厅', date: '2026年6月10日', list: null });
    expect(n.paragraphs[0]).toBe(`你单位于2026年6月3日提出的“实验动物生产许可”申请（办件编号：${facts.caseNo}），经审查，申请材料齐全、符合法定形式，决定予以受理。`);
    expect(n.fields).toContainEqual({ label: '承诺办结时限', value: '20 个工作日' });
    expect(n.fields).toContainEqual({ label: '承诺办结日期', value: '2026年7月9日' });
    expect(n.paragraphs[1]).toMatch(/^本机关将自受理之日起 20 个工作日内作出决定/);
  });

  it('addresses a person as 你, and says 即办 for an item decided on the spot', () => {
    const n = noticeContent('acceptance', { ...facts, applicantName: '张三', applicantType: '1', acceptanceNo: '科受字〔2026〕第000001号', promisedDays: 0 });
    expect(n.paragraphs[0]).toMatch(/^你于2026年6月3日/);
    expect(n.paragraphs[1]).toMatch(/^本机关将当日作出决定/);
    expect(n.fields).toContainEqual({ label: '承诺办结时限', value: '即办' });
  });

  it('refuses with the reason and the appeal rights', () => {
    const n = noticeContent('refusal', { ...facts, reason: '申请事项不属于本机关职权范围' });
    expect(n.title).toBe('不予受理通知书');
    expect(n.paragraphs).toEqual([expect.stringContaining('决定不予受理'), '理由：申请事项不属于本机关职权范围']);
    expect(n.closing[0]).toContain('六十日内依法申请行政复议');
  });

  it('lists every correction at once (一次性告知)', () => {
    const n = noticeContent('correction', { ...facts, corrections: ['营业执照复印件不清晰', '缺少法定代表人签字页'] });
    expect(n.title).toBe('补正通知书');
    expect(n.list).toEqual({ title: '需要补正的内容', items: ['营业执照复印件不清晰', '缺少法定代表人签字页'] });
    expect(n.paragraphs[0]).toContain('一次性告知');
  });

  it('reads corrections from an itemised record, or one per line of the opinion', () => {
    expect(correctionsOf('1. 甲；2、乙\n（3）丙;  - 丁', undefined)).toEqual(['甲', '乙', '丙', '丁']);
    expect(correctionsOf('ignored', [{ name: '营业执照', reason: '不清晰' }, '另附说明'])).toEqual(['营业执照：不清晰', '另附说明']);
  });
});

describe('acceptance numbers and deadline status', () => {
  it('formats and parses 科受字〔年〕第NNNNNN号', () => {
    expect(acceptanceNumber(2026, 123)).toBe('科受字〔2026〕第000123号');
    expect(parseAcceptanceNumber('科受字〔2026〕第000123号')).toEqual({ year: 2026, serial: 123 });
    expect(parseAcceptanceNumber('科受字〔2026〕第123号')).toBeNull();
  });

  it('colours overdue below 0, due soon at 0–3 while the clock runs, normal otherwise', () => {
    expect([-1, 0, 3, 4].map((d) => deadlineStatus(d, false))).toEqual(['overdue', 'dueSoon', 'dueSoon', 'normal']);
    expect(deadlineStatus(2, true)).toBe('normal');
    expect(deadlineStatus(-2, true)).toBe('overdue');
    expect(deadlineStatus(null, false)).toBe('normal');
  });
});
