// 延期 (extension) of a case's deadline, and the supervisors' daily deadline summary.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { requirePermission } from '../identity/authorize.ts';
import { deadlinesPolicy } from './deadlines-policy.ts';
import type { DeadlinesService } from './deadlines.ts';
import { caseSchema } from './routes.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema };
const counts = z.object({ running: z.number().int().describe('办理中（已受理未办结）'), warned: z.number().int().describe('已预警'), overdue: z.number().int().describe('已超期') });
const caseParams = z.object({ id: z.string().max(64) });

export function deadlinesRoutes(deadlines: DeadlinesService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get('/api/cases/:id/extension', {
      onRequest: requirePermission(deadlinesPolicy, 'case.extend'),
      schema: {
        tags: ['办件'], summary: '延期额度：该事项允许的延期次数与工作日，本办件已用多少', params: caseParams,
        response: {
          200: z.object({
            maxWorkingDays: z.number().int(), maxTimes: z.number().int(), extendedWorkingDays: z.number().int(), extensions: z.number().int(),
            remainingWorkingDays: z.number().int().describe('本办件还可延期的工作日'), allowed: z.boolean(),
          }),
          ...errors,
        },
      },
    }, async (req) => deadlines.extensionAllowance(req.principal, req.params.id));

    r.post('/api/cases/:id/extensions', {
      onRequest: requirePermission(deadlinesPolicy, 'case.extend'),
      schema: {
        tags: ['办件'], summary: '延期：经审批负责人批准，说明理由，在事项允许的工作日内延长办结时限（按工作日历重算）', params: caseParams,
        body: z.object({
          workingDays: z.number().int().min(1).max(60).describe('延长的工作日数'),
          reason: z.string().max(500).describe('延期理由（必填）'),
          expectedVersion: z.number().int().positive().optional(),
        }).strict(),
        response: { 200: caseSchema, ...errors },
      },
    }, async (req) => deadlines.extend(req.principal, req.params.id, req.body));

    r.get('/api/supervision/deadline-reports', {
      onRequest: requirePermission(deadlinesPolicy, 'deadline.report'),
      schema: {
        tags: ['督办'], summary: '每日时限汇总列表（最近的在前）',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(366).default(30) }),
        response: { 200: z.object({ items: z.array(z.object({ day: z.string(), generatedAt: z.string(), totals: counts })) }), ...errors },
      },
    }, async (req) => ({ items: await deadlines.reports(req.principal, req.query.limit) }));

    r.get('/api/supervision/deadline-reports/:day', {
      onRequest: requirePermission(deadlinesPolicy, 'deadline.report'),
      schema: {
        tags: ['督办'], summary: '某日的时限汇总：各事项办理中、已预警、已超期件数（day 为 YYYY-MM-DD 或 latest）',
        params: z.object({ day: z.union([z.iso.date(), z.literal('latest')]) }),
        response: {
          200: z.object({ day: z.string(), generatedAt: z.string(), totals: counts, items: z.array(counts.extend({ itemCode: z.string(), itemName: z.string() })) }),
          ...errors,
        },
      },
    }, async (req) => deadlines.report(req.principal, req.params.day));
  };
}
