// Admin API of the reconciliation with the provincial platform: run now, list the reports.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../identity/authorize.ts';
import { integrationPolicy } from '../policy.ts';
import { errors, pageOf, pageQuery } from '../schemas.ts';
import type { ReconciliationService } from './reconcile.ts';

const report = z.object({
  id: z.number().int(), trigger: z.string().describe('daily 每日自动, manual 手动'), startedBy: z.string(), startedAt: z.string(), finishedAt: z.string().nullable(),
  checked: z.number().int().describe('比对的办件数'), missing: z.number().int().describe('平台没有的办件'), stale: z.number().int().describe('平台停留在较早环节的办件'),
  resent: z.number().int().describe('已重新推送'), error: z.string().nullable(),
  details: z.array(z.object({ caseNo: z.string(), ours: z.number().int(), theirs: z.number().int().nullable() })),
});

export function reconciliationRoutes(svc: ReconciliationService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['对外交换'];
    r.post('/api/admin/platform/reconciliations', {
      onRequest: requirePermission(integrationPolicy, 'platform.reconcile'),
      schema: { tags, summary: '立即与省政务服务平台对账（缺失的重新推送）', response: { 201: report, ...errors } },
    }, async (req, reply) => reply.status(201).send(await svc.run(req.principal)));
    r.get('/api/admin/platform/reconciliations', {
      onRequest: requirePermission(integrationPolicy, 'outbox.read'),
      schema: { tags, summary: '对账报告', querystring: pageQuery, response: { 200: pageOf(report), ...errors } },
    }, async (req) => svc.list(req.principal, req.query.page, req.query.pageSize));
  };
}
