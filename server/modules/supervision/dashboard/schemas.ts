// The dashboard's request and response shapes (validation, types and OpenAPI at once).
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

const filterShape = {
  from: day.optional().describe('统计期间起始日（含），默认本年 1 月 1 日'),
  to: day.optional().describe('统计期间截止日（含），默认今天'),
  office: z.string().trim().min(1).max(100).optional().describe('承办处室'),
  itemCode: z.string().trim().min(1).max(64).optional().describe('事项实施编码'),
};
const periodInOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const periodMessage = { message: '起始日不能晚于截止日', path: ['from'] };
export const dashboardQuery = z.object(filterShape).refine(periodInOrder, periodMessage);
export type DashboardQuery = z.infer<typeof dashboardQuery>;

export const DASHBOARD_TABLES = ['summary', 'offices', 'items', 'satisfaction', 'inquiries', 'tasks', 'trend'] as const;
export type DashboardTableKey = (typeof DASHBOARD_TABLES)[number];

export const exportQuery = z.object({
  ...filterShape,
  table: z.enum(DASHBOARD_TABLES).describe('导出的表：summary 指标汇总，offices 分处室，items 分事项，satisfaction 满意度，inquiries 咨询投诉，tasks 督办任务，trend 月度趋势'),
  format: z.enum(['csv', 'xlsx']).describe('csv（UTF-8，带 BOM）或 xlsx'),
}).refine(periodInOrder, periodMessage);

const rate = z.number().nullable().describe('比率（0–1，保留 4 位小数）；分母为 0 时为 null');
const cell = z.union([z.string(), z.number(), z.null()]);

export const tableSchema = z.object({
  key: z.enum(DASHBOARD_TABLES),
  title: z.string(),
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(z.record(z.string(), cell)),
});
export type DashboardTable = z.infer<typeof tableSchema>;

export const dashboardSchema = z.object({
  filter: z.object({ from: z.string(), to: z.string(), office: z.string().nullable(), itemCode: z.string().nullable(), today: z.string() }),
  scope: z.object({ offices: z.array(z.string()).nullable().describe('本人可查看的处室；null 为全部') }),
  cases: z.object({
    received: z.number().int().describe('收件（期间内提交）'),
    accepted: z.number().int().describe('受理（期间内受理）'),
    concluded: z.number().int().describe('办结（期间内办结，含不予受理等）'),
    concludedTimed: z.number().int().describe('期间内办结且有承诺办结日的'),
    concludedOnTime: z.number().int().describe('其中按时办结'),
    concludedLate: z.number().int().describe('其中超期办结'),
    onTimeRate: rate,
    running: z.number().int().describe('当前在办（已受理未办结，实时）'),
    runningOverdue: z.number().int().describe('当前超期在办（实时，与工作台“已逾期”一致）'),
    receivedOnline: z.number().int().describe('网上提交（不见面办理）'),
    noVisitShare: rate,
    avgUsedDays: z.number().nullable().describe('平均实际用时（工作日）'),
    avgPromisedDays: z.number().nullable().describe('同一批办件的平均承诺时限'),
    avgStatutoryDays: z.number().nullable().describe('有法定时限的办件的平均法定时限'),
    avgUsedDaysStatutory: z.number().nullable().describe('有法定时限的办件的平均实际用时'),
  }),
  items: z.object({ published: z.number().int(), noVisit: z.number().int(), noVisitShare: rate, target: z.number(), met: z.boolean() }),
  materials: z.object({ reuse: z.number().int(), licence: z.number().int(), commitment: z.number().int(), total: z.number().int() }),
  satisfaction: z.object({
    total: z.number().int(),
    byLevel: z.array(z.object({ level: z.number().int(), label: z.string(), count: z.number().int(), share: rate })),
    satisfied: z.number().int(),
    rate,
    bad: z.number().int(),
  }),
  rectification: z.object({ followups: z.number().int(), rectified: z.number().int(), confirmed: z.number().int(), rate, target: z.number() }),
  inquiries: z.object({
    byKind: z.array(z.object({ kind: z.string(), label: z.string(), received: z.number().int(), answered: z.number().int(), answeredOnTime: z.number().int(), answeredLate: z.number().int(), onTimeRate: rate, overdueOpen: z.number().int() })),
    complaintsOnTimeRate: rate,
  }),
  tasks: z.object({ total: z.number().int(), openOnTime: z.number().int(), overdue: z.number().int(), closedOnTime: z.number().int(), closedLate: z.number().int(), closed: z.number().int(), longTerm: z.number().int() }),
  trend: z.array(z.object({ month: z.string(), received: z.number().int(), concluded: z.number().int(), concludedLate: z.number().int() })),
  tables: z.array(tableSchema),
  options: z.object({ offices: z.array(z.string()), items: z.array(z.object({ code: z.string(), name: z.string(), office: z.string() })) }),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
