// 咨询、投诉、局长信箱 API: send and track a message; the office's inbox; an item's public Q&A.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { requirePermission, requireSignedIn } from '../identity/authorize.ts';
import type { Inquiries } from './inquiries.ts';
import { INQUIRY_KINDS } from './inquiry-rules.ts';
import { feedbackPolicy } from './policy.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 429: errorSchema };
const tags = ['咨询投诉'];
const idParams = z.object({ id: z.string().max(64) });
const phone = z.string().regex(/^1[3-9]\d{9}$/, '手机号格式不正确');
const pageQuery = { page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) };

const senderView = z.object({
  id: z.string(), trackingNo: z.string().describe('受理编号'), kind: z.enum(INQUIRY_KINDS), kindLabel: z.string(), subject: z.string(), content: z.string(),
  itemCode: z.string().nullable(), office: z.string(), state: z.enum(['open', 'in_progress', 'answered']), stateLabel: z.string(),
  deadline: z.string().describe('答复期限（工作日计算）'), answer: z.string().nullable(), answeredAt: z.string().nullable(), createdAt: z.string(),
});
const staffView = senderView.extend({
  senderName: z.string(), senderPhone: z.string().nullable(), firstHandler: z.string().nullable().describe('首问负责人'),
  overdue: z.boolean(), escalated: z.boolean(), public: z.boolean(), version: z.number().int(),
  events: z.array(z.object({ at: z.string(), actor: z.string(), kind: z.string(), note: z.string().nullable() })),
});
const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export function inquiryRoutes(inquiries: Inquiries) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.post('/api/inquiries', {
      config: { rateLimit: { max: 10, timeWindow: '10 minutes' } },
      schema: {
        tags, summary: '提交咨询、投诉或局长信箱留言（未登录须留姓名和手机号）',
        body: z.object({
          kind: z.enum(INQUIRY_KINDS), subject: z.string().trim().min(4).max(100), content: z.string().trim().min(10).max(4000),
          itemCode: z.string().max(64).optional(), name: z.string().trim().min(1).max(30).optional(), phone: phone.optional(),
        }).strict(),
        response: { 201: senderView, ...errors },
      },
    }, async (req, reply) => reply.status(201).send(await inquiries.submit(req.principal, req.body)));

    r.get('/api/inquiries/track', {
      config: { rateLimit: { max: 30, timeWindow: '10 minutes' } },
      schema: { tags, summary: '凭受理编号和手机号查询答复', querystring: z.object({ no: z.string().max(20), phone }), response: { 200: senderView, ...errors } },
    }, async (req) => inquiries.track(req.query.no, req.query.phone));

    r.get('/api/inquiries/mine', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '我的咨询投诉', querystring: z.object(pageQuery), response: { 200: page(senderView), ...errors } },
    }, async (req) => inquiries.mine(req.principal, req.query.page, req.query.pageSize));

    r.get('/api/catalog/items/:code/questions', {
      schema: {
        tags, summary: '事项的公开问答（由处室答复后公开）', params: z.object({ code: z.string().max(64) }),
        response: { 200: z.object({ items: z.array(z.object({ question: z.string(), detail: z.string(), answer: z.string(), answeredAt: z.string() })) }), ...errors },
      },
    }, async (req) => ({ items: await inquiries.publicQuestions(req.params.code) }));

    r.get('/api/feedback/inquiries', {
      onRequest: requirePermission(feedbackPolicy, 'inquiry.handle'),
      schema: {
        tags, summary: '本处室的咨询投诉（含本人首问的；督办人员看全部）',
        querystring: z.object({ ...pageQuery, state: z.enum(['open', 'in_progress', 'answered']).optional(), kind: z.enum(INQUIRY_KINDS).optional(), overdue: z.stringbool().optional() }),
        response: { 200: page(staffView), ...errors },
      },
    }, async (req) => inquiries.inbox(req.principal, req.query, req.query.page, req.query.pageSize));

    r.get('/api/feedback/inquiries/:id', {
      onRequest: requirePermission(feedbackPolicy, 'inquiry.handle'),
      schema: { tags, summary: '留言详情', params: idParams, response: { 200: staffView, ...errors } },
    }, async (req) => inquiries.get(req.principal, req.params.id));

    r.post('/api/feedback/inquiries/:id/claim', {
      onRequest: requirePermission(feedbackPolicy, 'inquiry.handle'),
      schema: { tags, summary: '首问负责：接手办理', params: idParams, body: z.object({ expectedVersion: z.number().int() }).strict(), response: { 200: staffView, ...errors } },
    }, async (req) => inquiries.claim(req.principal, req.params.id, req.body.expectedVersion));

    r.post('/api/feedback/inquiries/:id/forward', {
      onRequest: requirePermission(feedbackPolicy, 'inquiry.handle'),
      schema: {
        tags, summary: '转办到其他处室（首问负责人不变）', params: idParams,
        body: z.object({ expectedVersion: z.number().int(), office: z.string().trim().min(2).max(100), note: z.string().trim().min(2).max(1000) }).strict(),
        response: { 200: staffView, ...errors },
      },
    }, async (req) => inquiries.forward(req.principal, req.params.id, req.body));

    r.post('/api/feedback/inquiries/:id/answer', {
      onRequest: requirePermission(feedbackPolicy, 'inquiry.handle'),
      schema: {
        tags, summary: '答复（可公开到事项问答）', params: idParams,
        body: z.object({ expectedVersion: z.number().int(), answer: z.string().trim().min(5).max(4000), public: z.boolean().default(false) }).strict(),
        response: { 200: staffView, ...errors },
      },
    }, async (req) => inquiries.answer(req.principal, req.params.id, req.body));
  };
}
