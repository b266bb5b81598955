// Notices API: 我的消息 and channel choices for applicants; templates and deliveries for
// administrators; the SMS gateways' receipt callback.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../lib/errors.ts';
import { sameSecret } from '../../../lib/secrets.ts';
import { requirePermission, requireSignedIn } from '../../identity/authorize.ts';
import { integrationPolicy } from '../policy.ts';
import { errors, pageOf, pageQuery } from '../schemas.ts';
import type { NoticesService } from './service.ts';

const templateBody = z.object({
  label: z.string().trim().min(1).max(30),
  smsText: z.string().trim().min(4).max(300).describe('短信正文（含签名），占位符：{caseNo} {itemName} {applicantName} {reason} {result} {deadline} {documentName}'),
  emailSubject: z.string().trim().min(2).max(200),
  emailBody: z.string().trim().min(2).max(5000),
});
const preferences = z.object({ sms: z.boolean(), email: z.boolean(), emailAddress: z.email().max(200).nullable() });

export function noticesRoutes(notices: NoticesService, o: { gatewayToken: string | undefined }) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['通知'];

    r.get('/api/me/notices', {
      onRequest: requireSignedIn,
      schema: {
        tags, summary: '我的消息', querystring: pageQuery,
        response: { 200: pageOf(z.object({ id: z.number().int(), kind: z.string(), title: z.string(), body: z.string(), caseId: z.string().nullable(), createdAt: z.string(), read: z.boolean() })).extend({ unread: z.number().int() }), ...errors },
      },
    }, async (req) => notices.inbox(req.principal, req.query.page, req.query.pageSize));

    r.post('/api/me/notices/:id/read', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '标为已读', params: z.object({ id: z.coerce.number().int().positive() }), response: { 204: z.null(), ...errors } },
    }, async (req, reply) => {
      await notices.markRead(req.principal, req.params.id);
      return reply.status(204).send(null);
    });

    r.get('/api/me/notice-preferences', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '通知方式（短信、邮件）', response: { 200: preferences.extend({ mobileMasked: z.string().nullable() }), ...errors } },
    }, async (req) => notices.preferences(req.principal));

    r.put('/api/me/notice-preferences', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '选择通知方式', body: preferences.strict(), response: { 200: preferences.extend({ mobileMasked: z.string().nullable() }), ...errors } },
    }, async (req) => notices.savePreferences(req.principal, req.body));

    r.get('/api/admin/notice-templates', {
      onRequest: requirePermission(integrationPolicy, 'notice.templates'),
      schema: { tags, summary: '通知模板', response: { 200: z.object({ items: z.array(templateBody.extend({ kind: z.string() })) }), ...errors } },
    }, async (req) => ({ items: await notices.templates(req.principal) }));

    r.put('/api/admin/notice-templates/:kind', {
      onRequest: requirePermission(integrationPolicy, 'notice.templates'),
      schema: { tags, summary: '修改通知模板', params: z.object({ kind: z.string().max(60) }), body: templateBody.strict(), response: { 200: templateBody.extend({ kind: z.string() }), ...errors } },
    }, async (req) => notices.saveTemplate(req.principal, req.params.kind, req.body));

    r.get('/api/admin/notice-deliveries', {
      onRequest: requirePermission(integrationPolicy, 'outbox.read'),
      schema: {
        tags, summary: '短信、邮件发送记录（号码脱敏）',
        querystring: pageQuery.extend({ status: z.enum(['queued', 'sent', 'delivered', 'failed', 'unknown', 'rate_limited', 'skipped']).optional(), channel: z.enum(['sms', 'email']).optional() }),
        response: {
          200: pageOf(z.object({
            id: z.number().int(), channel: z.string(), addressMasked: z.string(), status: z.string().describe('sent 已提交网关（待回执）, delivered 已送达, failed 失败, unknown 超时无回执'),
            gateway: z.string().nullable(), error: z.string().nullable(), kind: z.string(), title: z.string(), caseId: z.string().nullable(), createdAt: z.string(), sentAt: z.string().nullable(), statusAt: z.string(),
          })),
          ...errors,
        },
      },
    }, async (req) => notices.deliveries(req.principal, req.query));

    r.post('/api/integration/sms/receipts/:gateway', {
      schema: {
        tags, summary: '短信网关送达回执（网关以共享令牌调用）',
        params: z.object({ gateway: z.string().max(40) }),
        body: z.object({ gatewayMessageId: z.string().max(200), messageId: z.string().max(200).optional(), status: z.enum(['DELIVERED', 'FAILED']), error: z.string().max(500).optional(), at: z.string().optional() }),
        response: { 200: z.object({ applied: z.boolean() }), ...errors },
      },
    }, async (req) => {
      // Gateways sign their callbacks with the shared token (X-Gateway-Token); not a user request.
      const token = req.headers['x-gateway-token'];
      if (!o.gatewayToken || typeof token !== 'string' || !sameSecret(token, o.gatewayToken)) throw new AppError('SMS_RECEIPT_REJECTED');
      return notices.receipt(req.params.gateway, req.body);
    });
  };
}
