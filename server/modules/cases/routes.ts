// Cases API: apply, see my cases, act on a case, staff work queue.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { AppError } from '../../lib/errors.ts';
import { requirePermission, requireSignedIn } from '../identity/authorize.ts';
import { clockFiguresSchema } from './deadlines-present.ts';
import { casesPolicy } from './policy.ts';
import { queueQuerySchema } from './queue-filter.ts';
import type { CasesService } from './service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema };
const tags = ['办件'];

export const caseSchema = z.object({
  id: z.string(),
  caseNo: z.string().describe('办件编号：实施编码 + yyyyMMdd + 4 位流水号'),
  itemCode: z.string(),
  itemName: z.string(),
  itemVersion: z.number().int(),
  workflow: z.object({ key: z.string(), version: z.number().int() }),
  state: z.string(),
  stateLabel: z.string(),
  phase: z.enum(['pending_acceptance', 'accepted', 'concluded']),
  version: z.number().int().describe('办理时作为 expectedVersion 回传'),
  applicant: z.object({ type: z.string(), name: z.string() }),
  channel: z.enum(['0', '1']).describe('申报渠道：0 窗口，1 网上'),
  onBehalf: z.boolean().describe('是否由窗口人员帮代办提交'),
  acceptanceNo: z.string().nullable().describe('受理编号（受理时生成，如 科受字〔2026〕第000123号）'),
  form: z.record(z.string(), z.unknown()),
  submittedAt: z.string(),
  acceptedAt: z.string().nullable(),
  concludedAt: z.string().nullable(),
  conclusion: z.string().nullable(),
  limits: z.object({
    promisedDays: z.number().int().nullable().describe('承诺办结时限（工作日）'),
    statutoryDays: z.number().int().nullable().describe('法定办结时限（工作日）'),
    promisedDeadline: z.string().nullable().describe('承诺办结日期（受理后按工作日历计算，受理当日不计）'),
    statutoryDeadline: z.string().nullable(),
    remainingWorkingDays: z.number().int().nullable().describe('距承诺办结日剩余工作日，逾期为负；计时暂停期间不变'),
    clockStopped: z.boolean().describe('计时是否暂停（补正、公示等不计入时限的环节）'),
    suspendedWorkingDays: z.number().int().describe('已暂停的工作日数（与已用时间分开显示）'),
  }).extend(clockFiguresSchema.shape),
  actions: z.array(z.object({ key: z.string(), label: z.string(), needsReason: z.boolean() })).describe('当前登录人可执行的动作'),
});
const pageQuery = z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) });
const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    totalCapped: z.boolean().optional().describe('为 true 时 total 为下限（显示为 1000+）'),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
const caseParams = z.object({ id: z.string().max(64) });
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;

export function casesRoutes(cases: CasesService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.post('/api/cases', {
      onRequest: requireSignedIn,
      schema: {
        tags, summary: '提交申请（须带 Idempotency-Key：重试不会产生第二个办件）',
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        body: z.object({ itemCode: z.string().max(64), form: z.record(z.string(), z.unknown()) }).strict(),
        response: { 201: caseSchema, ...errors },
      },
    }, async (req, reply) => {
      const key = req.headers['idempotency-key'];
      if (!key || !IDEMPOTENCY_KEY.test(key)) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
      return reply.status(201).send(await cases.submit(req.principal, { ...req.body, idempotencyKey: key }));
    });

    r.get('/api/cases', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '我的办件', querystring: pageQuery, response: { 200: pageOf(caseSchema), ...errors } },
    }, async (req) => cases.mine(req.principal, req.query.page, req.query.pageSize));

    r.get('/api/cases/:id', {
      schema: { tags, summary: '办件详情（申请人本人或有权限的工作人员；否则 404）', params: caseParams, response: { 200: caseSchema, ...errors } },
    }, async (req) => cases.get(req.principal, req.params.id));

    r.get('/api/cases/:id/timeline', {
      schema: {
        tags, summary: '办件全过程记录', params: caseParams,
        response: {
          200: z.object({ events: z.array(z.object({
            at: z.string(), actor: z.string(), actorName: z.string().describe('办理人姓名（外部系统、系统动作另注）'), byApplicant: z.boolean(),
            kind: z.string(), transition: z.string().nullable(), action: z.string(),
            fromStateKey: z.string().nullable(), toStateKey: z.string().nullable(), fromState: z.string().nullable(), toState: z.string().nullable(),
            stepResult: z.string().nullable(), opinion: z.string().nullable(),
          })) }),
          ...errors,
        },
      },
    }, async (req) => ({ events: await cases.timeline(req.principal, req.params.id) }));

    r.post('/api/cases/:id/actions/:action', {
      schema: {
        tags, summary: '办理动作（受理、退回补正、不予受理、准予、撤回……）', params: caseParams.extend({ action: z.string().max(40) }),
        body: z.object({
          opinion: z.string().trim().max(2000).optional(),
          expectedVersion: z.number().int().positive().optional(),
          form: z.record(z.string(), z.unknown()).optional().describe('申请人补正时更新的申请信息'),
        }).strict(),
        response: { 200: caseSchema, ...errors },
      },
    }, async (req) => cases.act(req.principal, req.params.id, req.params.action, req.body));

    r.get('/api/workbench/queue', {
      onRequest: requirePermission(casesPolicy, 'case.queue'),
      schema: { tags: ['工作台'], summary: '我的待办（按角色）：按办件编号、申请人、信用代码、事项搜索，按环节、期限状态筛选', querystring: pageQuery.extend(queueQuerySchema.shape), response: { 200: pageOf(caseSchema).extend({ states: z.array(z.object({ key: z.string(), label: z.string() })).describe('本人待办涉及的环节（筛选用）') }), ...errors } },
    }, async (req) => {
      const { page, pageSize, ...filter } = req.query;
      return cases.queue(req.principal, page, pageSize, filter);
    });
  };
}
