// Feedback API: rate a case or a visit, add to a rating, follow up bad ratings, appeals, figures.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { requirePermission, requireSignedIn } from '../identity/authorize.ts';
import { feedbackPolicy } from './policy.ts';
import {
  caseRatingInput, followupActionInput, followupResponseInput, followupSchema, pointInput, pointRatingInput, pointSchema, ratingSchema,
} from './schemas.ts';
import type { FeedbackService } from './service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 429: errorSchema };
const tags = ['好差评'];
const idParams = z.object({ id: z.string().max(64) });
const pageQuery = { page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) };
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export function feedbackRoutes({ ratings, followups }: FeedbackService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.post('/api/cases/:id/rating', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '评价办件（办结后，一事一评；不能重复评价）', params: idParams, body: caseRatingInput, response: { 201: ratingSchema, ...errors } },
    }, async (req, reply) => reply.status(201).send(await ratings.rateCase(req.principal, req.params.id, req.body)));

    r.get('/api/cases/:id/rating', {
      schema: { tags, summary: '办件的评价（未评价时为 null）', params: idParams, response: { 200: z.object({ rating: ratingSchema.nullable() }), ...errors } },
    }, async (req) => ({ rating: await ratings.caseRating(req.principal, req.params.id) }));

    r.post('/api/ratings/:id/additions', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '追加评价（评价人本人）', params: idParams, body: z.object({ comment: z.string().trim().min(2).max(500) }).strict(), response: { 200: ratingSchema, ...errors } },
    }, async (req) => ratings.append(req.principal, req.params.id, req.body.comment));

    r.get('/api/rate/points/:code', {
      schema: { tags, summary: '扫码评价：窗口或处室信息（无需登录）', params: z.object({ code: z.string().max(40) }), response: { 200: pointSchema, ...errors } },
    }, async (req) => ratings.point(req.params.code));

    r.post('/api/rate/points/:code', {
      config: { rateLimit: { max: 20, timeWindow: '10 minutes' } },
      schema: { tags, summary: '扫码评价窗口或处室（一次一评：同一人同一天同一窗口只计一次）', params: z.object({ code: z.string().max(40) }), body: pointRatingInput, response: { 201: ratingSchema, ...errors } },
    }, async (req, reply) => reply.status(201).send(await ratings.ratePoint(req.principal, req.params.code, req.body)));

    r.get('/api/admin/rating-points', {
      onRequest: requirePermission(feedbackPolicy, 'rating.points.manage'),
      schema: { tags, summary: '评价点（窗口、处室）列表', response: { 200: z.object({ items: z.array(pointSchema) }), ...errors } },
    }, async (req) => ({ items: await ratings.listPoints(req.principal) }));

    r.post('/api/admin/rating-points', {
      onRequest: requirePermission(feedbackPolicy, 'rating.points.manage'),
      schema: { tags, summary: '新增评价点', body: pointInput, response: { 201: pointSchema, ...errors } },
    }, async (req, reply) => reply.status(201).send(await ratings.createPoint(req.principal, req.body)));

    r.patch('/api/admin/rating-points/:code', {
      onRequest: requirePermission(feedbackPolicy, 'rating.points.manage'),
      schema: {
        tags, summary: '修改或停用评价点', params: z.object({ code: z.string().max(40) }),
        body: z.object({ name: z.string().trim().min(2).max(60).optional(), office: z.string().trim().min(2).max(100).optional(), active: z.boolean().optional() }).strict().refine((o) => Object.keys(o).length > 0, '请至少修改一项'),
        response: { 200: pointSchema, ...errors },
      },
    }, async (req) => ratings.updatePoint(req.principal, req.params.code, req.body));

    r.get('/api/feedback/followups', {
      onRequest: requirePermission(feedbackPolicy, 'rating.followup'),
      schema: {
        tags, summary: '差评回访整改单（本处室；督办人员看全部）',
        querystring: z.object({ ...pageQuery, state: z.enum(['open', 'called_back', 'rectified', 'confirmed', 'disputed', 'withdrawn']).optional(), overdue: z.stringbool().optional(), escalated: z.stringbool().optional() }),
        response: {
          200: z.object({
            items: z.array(z.object({
              id: z.string(), office: z.string(), state: z.string(), stateLabel: z.string(), deadline: z.string(), overdue: z.boolean(), escalated: z.boolean(),
              level: z.number().int(), comment: z.string().nullable(), tags: z.array(z.string()), itemName: z.string().nullable(), caseId: z.string().nullable(), pointCode: z.string().nullable(), ratedAt: z.string(),
            })),
            total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
          }),
          ...errors,
        },
      },
    }, async (req) => followups.list(req.principal, req.query, req.query.page, req.query.pageSize));

    r.get('/api/feedback/followups/:id', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '整改单详情（处室、督办人员、评价人本人）', params: idParams, response: { 200: followupSchema, ...errors } },
    }, async (req) => followups.get(req.principal, req.params.id));

    r.post('/api/feedback/followups/:id/steps', {
      onRequest: requirePermission(feedbackPolicy, 'rating.followup'),
      schema: { tags, summary: '回访、整改（责任处室）', params: idParams, body: followupActionInput, response: { 200: followupSchema, ...errors } },
    }, async (req) => followups.officeStep(req.principal, req.params.id, req.body));

    r.post('/api/feedback/followups/:id/response', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '评价人确认整改结果或提出异议', params: idParams, body: followupResponseInput, response: { 200: followupSchema, ...errors } },
    }, async (req) => followups.respond(req.principal, req.params.id, req.body));

    r.post('/api/ratings/:id/appeal', {
      onRequest: requirePermission(feedbackPolicy, 'rating.followup'),
      schema: { tags, summary: '责任处室对评价提出申诉', params: idParams, body: z.object({ reason: z.string().trim().min(5).max(2000) }).strict(), response: { 201: z.object({ id: z.string(), state: z.literal('pending') }), ...errors } },
    }, async (req, reply) => reply.status(201).send(await followups.appeal(req.principal, req.params.id, req.body.reason)));

    r.get('/api/feedback/appeals', {
      onRequest: requirePermission(feedbackPolicy, 'rating.supervise'),
      schema: {
        tags, summary: '待裁定的申诉',
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), ratingId: z.string(), office: z.string(), reason: z.string(), filedAt: z.string(), level: z.number().int(), comment: z.string().nullable(), tags: z.array(z.string()), itemName: z.string().nullable() })) }), ...errors },
      },
    }, async (req) => ({ items: await followups.pendingAppeals(req.principal) }));

    r.post('/api/feedback/appeals/:id/decision', {
      onRequest: requirePermission(feedbackPolicy, 'rating.supervise'),
      schema: { tags, summary: '裁定申诉', params: idParams, body: z.object({ upheld: z.boolean(), note: z.string().trim().min(2).max(2000) }).strict(), response: { 200: z.object({ id: z.string(), state: z.enum(['upheld', 'rejected']) }), ...errors } },
    }, async (req) => followups.decideAppeal(req.principal, req.params.id, req.body));

    r.get('/api/feedback/figures', {
      onRequest: requirePermission(feedbackPolicy, 'rating.supervise'),
      schema: {
        tags, summary: '好差评统计（由评价记录计算）',
        querystring: z.object({ from: day.optional(), to: day.optional(), office: z.string().max(100).optional(), itemCode: z.string().max(64).optional() }),
        response: {
          200: z.object({
            total: z.number().int(), byLevel: z.record(z.string(), z.number().int()), satisfactionRate: z.number().nullable(), badRatings: z.number().int(),
            followups: z.number().int(), followupsByState: z.record(z.string(), z.number().int()), rectificationRate: z.number().nullable(), confirmedRate: z.number().nullable(),
          }),
          ...errors,
        },
      },
    }, async (req) => ratings.figures(req.principal, req.query));
  };
}
