// Working-day calendar administration (系统管理员): loaded years, a year's holidays and 调休
// days, replacing a year from the State Council's notice, and a deadline check.
// Thin: the service authorizes, validates against the year and audits.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../../http/error-schema.ts';
import { requirePermission } from '../../identity/authorize.ts';
import { noticeSchema } from './notice.ts';
import { calendarPolicy } from './policy.ts';
import type { CalendarService } from './service.ts';

const intOf = (label: string, min: number, max: number) =>
  z.coerce.number({ error: `${label}应为整数` }).int(`${label}应为整数`).min(min, `${label}不能小于 ${min}`).max(max, `${label}不能大于 ${max}`);

const yearParams = z.object({ year: intOf('年份', 2000, 2100).describe('年份，如 2027') });
const sourceSchema = z.enum(['chinese-days', 'admin']).describe('来源：chinese-days（随系统导入）或 admin（管理员录入）');
const yearSummarySchema = z.object({
  year: z.number().int(),
  source: sourceSchema,
  note: z.string().nullable(),
  loadedAt: z.string(),
  loadedBy: z.string().nullable(),
  holidays: z.number().int().describe('放假日天数（含周末）'),
  workdays: z.number().int().describe('调休上班日天数'),
});
const yearsSchema = z.object({
  years: z.array(yearSummarySchema),
  missingRequested: z.array(z.number().int()).describe('办件期限计算用到、但尚未导入的年份'),
});
const yearSchema = z.object({
  year: z.number().int(),
  source: sourceSchema,
  note: z.string().nullable(),
  loadedAt: z.string(),
  loadedBy: z.string().nullable(),
  days: z.array(z.object({ day: z.string(), kind: z.enum(['holiday', 'workday']).describe('holiday 放假；workday 调休上班'), name: z.string() })),
  workingDays: z.number().int().describe('全年工作日天数'),
});
const deadlineQuery = z.object({
  start: z.iso.date('起算日期应为 YYYY-MM-DD 格式的有效日期').describe('起算日（如受理日，当日不计入）'),
  days: intOf('工作日天数', 0, 3650).describe('期限（工作日）'),
});
const deadlineSchema = z.object({ start: z.string(), days: z.number().int(), deadline: z.string().describe('第 N 个工作日') });

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['工作日历（管理端）'];

export function calendarRoutes(calendar: CalendarService) {
  return async (app: FastifyInstance) => {
    app.addHook('onRequest', requirePermission(calendarPolicy, 'calendar.manage'));
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get('/api/admin/calendar/years', {
      schema: { tags, summary: '已导入的年份，以及期限计算用到但尚未导入的年份', response: { 200: yearsSchema, ...errors } },
    }, async (req) => calendar.listYears(req.principal));

    r.get('/api/admin/calendar/deadline', {
      schema: { tags, summary: '期限推算：起算日后第 N 个工作日（起算日不计入）', querystring: deadlineQuery, response: { 200: deadlineSchema, ...errors } },
    }, async (req) => calendar.deadline(req.principal, req.query.start, req.query.days));

    r.get('/api/admin/calendar/:year', {
      schema: { tags, summary: '某年的放假日与调休上班日', params: yearParams, response: { 200: yearSchema, ...errors } },
    }, async (req) => calendar.getYear(req.principal, req.params.year));

    r.put('/api/admin/calendar/:year', {
      schema: {
        tags, summary: '按国务院办公厅节假日安排通知录入或更正某年（整体替换）', params: yearParams, body: noticeSchema, response: { 200: yearSchema, ...errors },
      },
    }, async (req) => calendar.replaceYear(req.principal, req.params.year, req.body));
  };
}
