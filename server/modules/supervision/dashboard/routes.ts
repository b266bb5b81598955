// 数据看板 API: the figures for a period, office and item, and each table as CSV or XLSX.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorSchema } from '../../../http/error-schema.ts';
import { requirePermission } from '../../identity/authorize.ts';
import { supervisionPolicy } from '../policy.ts';
import { tableCsv, tableXlsx } from './export.ts';
import type { DashboardService } from './figures.ts';
import { dashboardQuery, dashboardSchema, exportQuery } from './schemas.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema };
const tags = ['数据看板'];

export function dashboardRoutes(dashboard: DashboardService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get('/api/supervision/dashboard', {
      onRequest: requirePermission(supervisionPolicy, 'dashboard.view'),
      schema: { tags, summary: '数据看板：按统计期间、处室、事项计算的各项指标与明细表（均由业务记录计算）', querystring: dashboardQuery, response: { 200: dashboardSchema, ...errors } },
    }, async (req) => dashboard.figures(req.principal, req.query));

    r.get('/api/supervision/dashboard/export', {
      onRequest: requirePermission(supervisionPolicy, 'dashboard.view'),
      schema: {
        tags, summary: '导出数据看板的一张表（CSV 或 XLSX），筛选条件同数据看板',
        querystring: exportQuery,
      },
    }, async (req, reply) => {
      const { table: key, format, ...filter } = req.query;
      const d = await dashboard.figures(req.principal, filter);
      const t = d.tables.find((x) => x.key === key)!;
      const caption = `统计期间 ${d.filter.from} 至 ${d.filter.to}；处室：${d.filter.office ?? (d.scope.offices ? d.scope.offices.join('、') : '全部')}；事项：${d.filter.itemCode ?? '全部'}；导出日 ${d.filter.today}`;
      const name = `数据看板-${t.title}-${d.filter.from}至${d.filter.to}.${format}`;
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
      return format === 'csv'
        ? reply.type('text/csv; charset=utf-8').send(tableCsv(t))
        : reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await tableXlsx(t, caption));
    });
  };
}
