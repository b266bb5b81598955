// Admin API of the outbox: list by status and topic, counts, retry a dead message, discard one with a reason.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../identity/authorize.ts';
import { integrationPolicy } from '../policy.ts';
import { errors, pageOf, pageQuery } from '../schemas.ts';
import type { OutboxAdmin } from './service.ts';

const tags = ['对外交换'];
const STATUSES = ['pending', 'inflight', 'delivered', 'dead', 'discarded'] as const;

export const outboxMessageSchema = z.object({
  id: z.number().int(),
  topic: z.string().describe('主题：platform.case 办件推送、notice.* 通知、credit.publicity 双公示……'),
  idempotencyKey: z.string().describe('接收方据此忽略重复投递'),
  status: z.enum(STATUSES).describe('pending 待投递（含等待重试）, inflight 投递中, delivered 已送达, dead 已失败, discarded 已作废'),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  availableAt: z.string().describe('下次投递时间'),
  attempts: z.number().int(),
  deliveredAt: z.string().nullable(),
  deadAt: z.string().nullable(),
  lastError: z.string().nullable(),
  discardedAt: z.string().nullable(),
  discardReason: z.string().nullable(),
  discardedBy: z.string().nullable(),
});
const idParams = z.object({ id: z.coerce.number().int().positive() });

export function outboxRoutes(admin: OutboxAdmin) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/admin/outbox', {
      onRequest: requirePermission(integrationPolicy, 'outbox.read'),
      schema: {
        tags, summary: '外发消息列表（按状态、主题筛选）',
        querystring: pageQuery.extend({ status: z.enum(STATUSES).optional(), topic: z.string().max(100).optional() }),
        response: { 200: pageOf(outboxMessageSchema), ...errors },
      },
    }, async (req) => admin.list(req.principal, req.query));

    r.get('/api/admin/outbox/summary', {
      onRequest: requirePermission(integrationPolicy, 'outbox.read'),
      schema: { tags, summary: '外发消息按主题、状态计数', response: { 200: z.object({ counts: z.array(z.object({ topic: z.string(), status: z.enum(STATUSES), n: z.number().int() })) }), ...errors } },
    }, async (req) => ({ counts: await admin.summary(req.principal) }));

    r.post('/api/admin/outbox/:id/retry', {
      onRequest: requirePermission(integrationPolicy, 'outbox.manage'),
      schema: { tags, summary: '重新投递已失败的消息（重新计次）', params: idParams, response: { 200: outboxMessageSchema, ...errors } },
    }, async (req) => admin.retry(req.principal, req.params.id));

    r.post('/api/admin/outbox/:id/discard', {
      onRequest: requirePermission(integrationPolicy, 'outbox.manage'),
      schema: {
        tags, summary: '作废未送达的消息（须说明理由，记入审计）', params: idParams,
        body: z.object({ reason: z.string().trim().min(2).max(500) }).strict(),
        response: { 200: outboxMessageSchema, ...errors },
      },
    }, async (req) => admin.discard(req.principal, req.params.id, req.body.reason));
  };
}
