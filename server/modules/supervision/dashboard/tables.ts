// The dashboard's figures as tables with Chinese headers: what the page lists and what the
// CSV and XLSX exports hold, row for row. Rates appear as percentages (two decimals).
import type { CaseRow, RatingRow } from './store.ts';
import type { Dashboard, DashboardTable } from './schemas.ts';

type Cell = string | number | null;

export const percent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 10000) / 100);
const share = (n: number, of: number) => (of === 0 ? null : Math.round((n / of) * 10000) / 100);
const average = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 10) / 10);

interface Raw {
  caseRows: CaseRow[];
  running: Array<{ office: string; item_code: string; running: number; overdue: number }>;
  ratingRows: RatingRow[];
  names: Array<{ code: string; name: string; office: string }>;
}

function table(key: DashboardTable['key'], title: string, columns: Array<[string, string]>, rows: Array<Record<string, Cell>>): DashboardTable {
  return { key, title, columns: columns.map(([k, label]) => ({ key: k, label })), rows };
}

const CASE_COLUMNS: Array<[string, string]> = [
  ['received', '收件'], ['accepted', '受理'], ['concluded', '办结'], ['onTime', '按时办结'], ['late', '超期办结'], ['onTimeRate', '按时办结率（%）'],
  ['running', '当前在办'], ['runningOverdue', '当前超期在办'], ['avgUsed', '平均用时（工作日）'], ['avgPromised', '平均承诺时限（工作日）'],
  ['avgStatutory', '平均法定时限（工作日）'], ['noVisitShare', '不见面办理占比（%）'],
];

/** Case figures of a group of roll-up rows and running rows. */
function caseCells(rows: CaseRow[], running: Raw['running']): Record<string, Cell> {
  const s = (k: keyof CaseRow) => rows.reduce((a, r) => a + Number(r[k]), 0);
  const timed = s('concluded_timed');
  const late = s('concluded_late');
  return {
    received: s('received'), accepted: s('accepted'), concluded: s('concluded'), onTime: timed - late, late, onTimeRate: share(timed - late, timed),
    running: running.reduce((a, r) => a + r.running, 0), runningOverdue: running.reduce((a, r) => a + r.overdue, 0),
    avgUsed: average(s('used_days'), s('used_known')), avgPromised: average(s('promised_days'), s('used_known')),
    avgStatutory: average(s('statutory_days'), s('statutory_known')), noVisitShare: share(s('received_online'), s('received')),
  };
}

export function buildTables(d: Omit<Dashboard, 'tables'>, raw: Raw): DashboardTable[] {
  const c = d.cases;
  const summary = table('summary', '指标汇总', [['group', '类别'], ['metric', '指标'], ['value', '数值'], ['note', '说明']], [
    { group: '办件', metric: '收件', value: c.received, note: '统计期间内提交' },
    { group: '办件', metric: '受理', value: c.accepted, note: '统计期间内受理' },
    { group: '办件', metric: '办结', value: c.concluded, note: '统计期间内办结（含不予受理、不予许可等）' },
    { group: '办件', metric: '按时办结', value: c.concludedOnTime, note: '已受理且在承诺办结日前办结' },
    { group: '办件', metric: '超期办结', value: c.concludedLate, note: '晚于承诺办结日办结' },
    { group: '办件', metric: '按时办结率（%）', value: percent(c.onTimeRate), note: '' },
    { group: '办件', metric: '当前在办', value: c.running, note: '实时，不受统计期间限制' },
    { group: '办件', metric: '当前超期在办', value: c.runningOverdue, note: '实时，与工作台“已逾期”筛选一致' },
    { group: '时限', metric: '平均实际用时（工作日）', value: c.avgUsedDays, note: '期间内办结的办件，不含暂停计时' },
    { group: '时限', metric: '平均承诺时限（工作日）', value: c.avgPromisedDays, note: '同一批办件' },
    { group: '时限', metric: '平均法定时限（工作日）', value: c.avgStatutoryDays, note: '其中有法定时限的办件' },
    { group: '时限', metric: '平均实际用时（有法定时限的办件）', value: c.avgUsedDaysStatutory, note: '' },
    { group: '一次不用跑', metric: '已发布事项', value: d.items.published, note: '' },
    { group: '一次不用跑', metric: '零跑动事项', value: d.items.noVisit, note: '到办事现场次数为 0' },
    { group: '一次不用跑', metric: '零跑动事项占比（%）', value: percent(d.items.noVisitShare), note: `目标 ≥ ${d.items.target * 100}%` },
    { group: '一次不用跑', metric: '网上提交办件', value: c.receivedOnline, note: '不见面办理' },
    { group: '一次不用跑', metric: '不见面办理占比（%）', value: percent(c.noVisitShare), note: '网上提交 / 收件' },
    { group: '材料减免', metric: '免提交（复用已有材料）', value: d.materials.reuse, note: '' },
    { group: '材料减免', metric: '电子证照/部门共享获取', value: d.materials.licence, note: '申请人无需提交' },
    { group: '材料减免', metric: '告知承诺代替', value: d.materials.commitment, note: '' },
    { group: '材料减免', metric: '合计', value: d.materials.total, note: '' },
    { group: '好差评', metric: '评价总数', value: d.satisfaction.total, note: '申诉成立的评价不计' },
    { group: '好差评', metric: '满意率（%）', value: percent(d.satisfaction.rate), note: '非常满意、满意、基本满意 / 评价总数' },
    { group: '好差评', metric: '差评', value: d.satisfaction.bad, note: '不满意、非常不满意' },
    { group: '差评整改', metric: '实名差评整改单', value: d.rectification.followups, note: '不含申诉成立撤销的' },
    { group: '差评整改', metric: '已整改', value: d.rectification.rectified, note: '已整改待确认、申请人已确认' },
    { group: '差评整改', metric: '整改率（%）', value: percent(d.rectification.rate), note: '目标 100%' },
    { group: '咨询投诉', metric: '投诉按时答复率（%）', value: percent(d.inquiries.complaintsOnTimeRate), note: '期间内收到且已答复的投诉' },
    { group: '督办', metric: '按期推进中', value: d.tasks.openOnTime, note: '实时' },
    { group: '督办', metric: '已逾期', value: d.tasks.overdue, note: '实时' },
    { group: '督办', metric: '已销号', value: d.tasks.closed, note: '实时' },
  ]);

  // Per office and per item: the roll-up rows, the running cases and the ratings joined.
  const officeNames = [...new Set([...raw.caseRows.map((r) => r.office), ...raw.running.map((r) => r.office), ...raw.ratingRows.map((r) => r.office)])].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const offices = table('offices', '分处室统计', [['office', '处室'], ...CASE_COLUMNS, ['ratings', '评价数'], ['satisfaction', '满意率（%）'], ['followups', '差评整改单'], ['rectification', '整改率（%）']],
    officeNames.map((office) => {
      const rating = raw.ratingRows.find((r) => r.office === office);
      const total = rating ? rating.level5 + rating.level4 + rating.level3 + rating.level2 + rating.level1 : 0;
      return {
        office,
        ...caseCells(raw.caseRows.filter((r) => r.office === office), raw.running.filter((r) => r.office === office)),
        ratings: total,
        satisfaction: rating ? share(rating.level5 + rating.level4 + rating.level3, total) : null,
        followups: rating?.followups ?? 0,
        rectification: rating ? share(rating.rectified, rating.followups) : null,
      };
    }));

  const names = new Map(raw.names.map((n) => [n.code, n.name]));
  const itemKeys = [...new Map([...raw.caseRows, ...raw.running].map((r) => [`${r.office}\u0000${r.item_code}`, { office: r.office, code: r.item_code }])).values()]
    .sort((a, b) => a.office.localeCompare(b.office, 'zh-CN') || a.code.localeCompare(b.code));
  const items = table('items', '分事项办件统计', [['office', '处室'], ['itemCode', '实施编码'], ['itemName', '事项名称'], ...CASE_COLUMNS],
    itemKeys.map((k) => ({
      office: k.office, itemCode: k.code, itemName: names.get(k.code) ?? k.code,
      ...caseCells(raw.caseRows.filter((r) => r.office === k.office && r.item_code === k.code), raw.running.filter((r) => r.office === k.office && r.item_code === k.code)),
    })));

  const satisfaction = table('satisfaction', '满意度（按评价等级）', [['label', '评价等级'], ['count', '评价数'], ['share', '占比（%）']],
    [...d.satisfaction.byLevel.map((l) => ({ label: l.label, count: l.count, share: percent(l.share) })), { label: '合计', count: d.satisfaction.total, share: d.satisfaction.total ? 100 : null }]);

  const inquiries = table('inquiries', '咨询投诉答复', [['label', '类别'], ['received', '收到'], ['answered', '已答复'], ['answeredOnTime', '按时答复'], ['answeredLate', '超期答复'], ['onTimeRate', '按时答复率（%）'], ['overdueOpen', '当前超期未答复']],
    d.inquiries.byKind.map((k) => ({ label: k.label, received: k.received, answered: k.answered, answeredOnTime: k.answeredOnTime, answeredLate: k.answeredLate, onTimeRate: percent(k.onTimeRate), overdueOpen: k.overdueOpen })));

  const t = d.tasks;
  const tasks = table('tasks', '督办任务', [['state', '状态'], ['count', '任务数']], [
    { state: '按期推进中', count: t.openOnTime }, { state: '已逾期未销号', count: t.overdue }, { state: '按期销号', count: t.closedOnTime },
    { state: '逾期销号', count: t.closedLate }, { state: '合计', count: t.total }, { state: '其中长期坚持（按月报送）', count: t.longTerm },
  ]);

  const trend = table('trend', '月度收件与办结', [['month', '月份'], ['received', '收件'], ['concluded', '办结'], ['concludedLate', '超期办结']],
    d.trend.map((m) => ({ month: m.month, received: m.received, concluded: m.concluded, concludedLate: m.concludedLate })));

  return [summary, offices, items, satisfaction, inquiries, tasks, trend];
}
