// Data requests: the requesting departments' API (scope data-requests:write: send, poll their
// own) and the staff's (list with deadlines, enter, approve, answer, refuse).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { can, requirePermission } from '../../identity/authorize.ts';
import { integrationPolicy } from '../policy.ts';
import { errors, pageOf, pageQuery } from '../schemas.ts';
import { DATA_REQUEST_KINDS, DATA_REQUEST_STATES } from './data-request-rules.ts';
import type { DataRequests } from './data-requests.ts';
import { shareGuard } from './routes.ts';

const requesterView = z.object({
  id: z.string(),
  requestNo: z.string().describe('申请编号'),
  kind: z.enum(DATA_REQUEST_KINDS).describe('direct 系统可直接提供（3 个工作日）；approval 须审批（10 个工作日）'),
  kindLabel: z.string(),
  subject: z.string(),
  receivedOn: z.string().describe('收到日期'),
  deadline: z.string().describe('答复期限（自收到次日起按工作日计算）'),
  state: z.enum(DATA_REQUEST_STATES),
  stateLabel: z.string(),
  answer: z.string().nullable(),
  refuseReason: z.string().nullable(),
  closedAt: z.string().nullable(),
});
/** A data request as staff see it (the web page's type comes from here). */
export const dataRequestSchema = requesterView.extend({
  channel: z.enum(['api', 'staff']),
  requesterClient: z.string().nullable(),
  requesterOrg: z.string(),
  contactName: z.string(),
  contactPhone: z.string().nullable(),
  legalBasis: z.string(),
  purpose: z.string(),
  overdue: z.boolean(),
  overdueFlaggedAt: z.string().nullable(),
  version: z.number().int(),
  events: z.array(z.object({ at: z.string(), actor: z.string(), kind: z.string(), note: z.string().nullable() })),
});
/** A data request entered by staff or sent by a program. */
export const dataRequestInputSchema = z.object({
  requesterOrg: z.string().trim().min(2).max(100).describe('申请单位'),
  contactName: z.string().trim().min(1).max(30),
  contactPhone: z.string().trim().regex(/^[0-9-]{7,20}$/).optional(),
  subject: z.string().trim().min(4).max(2000).describe('申请的数据内容'),
  legalBasis: z.string().trim().min(2).max(500).describe('法律依据'),
  purpose: z.string().trim().min(2).max(500).describe('用途'),
  kind: z.enum(DATA_REQUEST_KINDS),
}).strict();
const idParams = z.object({ id: z.string().max(64) });
const version = { expectedVersion: z.number().int() };

/** Refusing: the handler (direct kind) or the approver; the service decides by the request's kind. */
const canRefuse = async (req: FastifyRequest) => {
  if (req.principal.kind === 'anonymous') throw new AppError('NOT_AUTHENTICATED');
  if (!can(integrationPolicy, req.principal, 'datareq.handle') && !can(integrationPolicy, req.principal, 'datareq.approve')) throw new AppError('FORBIDDEN');
};

export function dataRequestRoutes(db: Kysely<DB>, requests: DataRequests) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const shareTags = ['数据共享'];
    const tags = ['数据共享申请办理'];
    const guard = shareGuard(db, 'share.requests');

    r.post('/api/share/v1/data-requests', {
      onRequest: guard,
      schema: { tags: shareTags, summary: '提交数据共享申请（须 data-requests:write 授权）', body: dataRequestInputSchema, response: { 201: requesterView, ...errors } },
    }, async (req, reply) => reply.status(201).send(await requests.submit(req.principal, req.body)));

    r.get('/api/share/v1/data-requests', {
      onRequest: guard,
      schema: { tags: shareTags, summary: '本系统提交的数据共享申请', querystring: pageQuery, response: { 200: pageOf(requesterView), ...errors } },
    }, async (req) => requests.requesterList(req.principal, req.query.page, req.query.pageSize));

    r.get('/api/share/v1/data-requests/:id', {
      onRequest: guard,
      schema: { tags: shareTags, summary: '查询本系统提交的申请的状态与答复', params: idParams, response: { 200: requesterView, ...errors } },
    }, async (req) => requests.requesterGet(req.principal, req.params.id));

    r.get('/api/data-requests', {
      onRequest: requirePermission(integrationPolicy, 'datareq.read'),
      schema: {
        tags, summary: '其他部门的数据共享申请（含期限；可只看待办或已超期）',
        querystring: pageQuery.extend({ state: z.enum(DATA_REQUEST_STATES).optional(), open: z.stringbool().optional(), overdue: z.stringbool().optional() }),
        response: { 200: pageOf(dataRequestSchema), ...errors },
      },
    }, async (req) => requests.list(req.principal, req.query, req.query.page, req.query.pageSize));

    r.post('/api/data-requests', {
      onRequest: requirePermission(integrationPolicy, 'datareq.handle'),
      schema: { tags, summary: '登记收到的数据共享申请（来函等）', body: dataRequestInputSchema, response: { 201: dataRequestSchema, ...errors } },
    }, async (req, reply) => reply.status(201).send(await requests.enter(req.principal, req.body)));

    r.get('/api/data-requests/:id', {
      onRequest: requirePermission(integrationPolicy, 'datareq.read'),
      schema: { tags, summary: '数据共享申请详情', params: idParams, response: { 200: dataRequestSchema, ...errors } },
    }, async (req) => requests.get(req.principal, req.params.id));

    r.post('/api/data-requests/:id/approve', {
      onRequest: requirePermission(integrationPolicy, 'datareq.approve'),
      schema: { tags, summary: '批准提供须审批的数据', params: idParams, body: z.object({ ...version, note: z.string().trim().max(500).optional() }).strict(), response: { 200: dataRequestSchema, ...errors } },
    }, async (req) => requests.approve(req.principal, req.params.id, req.body));

    r.post('/api/data-requests/:id/answer', {
      onRequest: requirePermission(integrationPolicy, 'datareq.handle'),
      schema: { tags, summary: '答复（提供数据或说明）', params: idParams, body: z.object({ ...version, answer: z.string().trim().min(2).max(20000) }).strict(), response: { 200: dataRequestSchema, ...errors } },
    }, async (req) => requests.answer(req.principal, req.params.id, req.body));

    r.post('/api/data-requests/:id/refuse', {
      onRequest: canRefuse,
      schema: { tags, summary: '不予提供（须说明理由）', params: idParams, body: z.object({ ...version, reason: z.string().trim().min(4).max(2000) }).strict(), response: { 200: dataRequestSchema, ...errors } },
    }, async (req) => requests.refuse(req.principal, req.params.id, req.body));
  };
}
