// Credit API: a case's credit results for the reviewer, a check now, an override with a reason;
// the offline list import (CSV) and per-item rules for administrators.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../identity/authorize.ts';
import { integrationPolicy } from '../policy.ts';
import { errors } from '../schemas.ts';
import { creditEntrySchema } from './contract.ts';
import type { CreditService } from './service.ts';

const creditView = z.object({
  rule: z.enum(['stop', 'flag']).describe('失信主体：stop 阻止办理, flag 提示但可继续'),
  latest: z.object({
    id: z.number().int(), result: z.enum(['clear', 'listed', 'unavailable']).describe('clear 未发现失信记录, listed 在失信名单中, unavailable 无法核查'),
    source: z.string().describe('platform 信用平台, list 导入的名单'), stage: z.string(), checkedAt: z.string(), checkedBy: z.string(), entries: z.array(creditEntrySchema),
  }).nullable(),
  history: z.array(z.object({ id: z.number().int(), result: z.string(), source: z.string(), stage: z.string(), checkedAt: z.string() })),
  overrides: z.array(z.object({ checkId: z.number().int(), reason: z.string(), by: z.string(), at: z.string() })),
  canOverride: z.boolean(),
});
const caseParams = z.object({ id: z.uuid() });

export function creditRoutes(credit: CreditService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['信用核查'];
    r.get('/api/cases/:id/credit', {
      onRequest: requirePermission(integrationPolicy, 'credit.check'),
      schema: { tags, summary: '办件申请人的信用核查结果', params: caseParams, response: { 200: creditView, ...errors } },
    }, async (req) => credit.view(req.principal, req.params.id));
    r.post('/api/cases/:id/credit/check', {
      onRequest: requirePermission(integrationPolicy, 'credit.check'),
      schema: { tags, summary: '立即核查申请人信用', params: caseParams, response: { 200: creditView, ...errors } },
    }, async (req) => credit.check(req.principal, req.params.id));
    r.post('/api/cases/:id/credit/override', {
      onRequest: requirePermission(integrationPolicy, 'credit.override'),
      schema: { tags, summary: '说明理由后允许失信（或无法核查）的办件继续办理（记入审计）', params: caseParams, body: z.object({ reason: z.string().trim().min(5).max(1000) }).strict(), response: { 200: creditView, ...errors } },
    }, async (req) => credit.override(req.principal, req.params.id, req.body.reason));
    r.post('/api/admin/credit/list', {
      onRequest: requirePermission(integrationPolicy, 'credit.manage'),
      schema: {
        tags, summary: '导入严重失信主体 / 失信被执行人名单（CSV：主体代码,名称,名单类型,列入原因,列入日期,认定机关）',
        body: z.object({ fileName: z.string().trim().min(1).max(200), csv: z.string().min(1).max(5_000_000) }).strict(),
        response: { 200: z.object({ imported: z.number().int(), batch: z.string() }), ...errors },
      },
    }, async (req) => credit.importList(req.principal, req.body.fileName, req.body.csv));
    r.put('/api/admin/credit/rules/:itemCode', {
      onRequest: requirePermission(integrationPolicy, 'credit.manage'),
      schema: { tags, summary: '事项的失信处理规则', params: z.object({ itemCode: z.string().max(64) }), body: z.object({ onListed: z.enum(['stop', 'flag']) }).strict(), response: { 200: z.object({ itemCode: z.string(), onListed: z.enum(['stop', 'flag']) }), ...errors } },
    }, async (req) => credit.saveRule(req.principal, req.params.itemCode, req.body.onListed));
  };
}
