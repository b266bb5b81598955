// Window desk API (帮代办): look an applicant up, submit for them. Window clerks only.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { creditCodeSchema, idCardSchema } from '../../lib/codes/zod.ts';
import { AppError } from '../../lib/errors.ts';
import { requirePermission } from '../identity/authorize.ts';
import type { DeskService } from './desk.ts';
import { casesPolicy } from './policy.ts';
import { caseSchema, IDEMPOTENCY_KEY } from './routes.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema };
const tags = ['窗口帮代办'];
const personName = z.string().trim().min(1, '请填写姓名').max(50, '姓名不超过 50 个字');

export const deskApplicantSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('natural'), idNumber: idCardSchema, name: personName }).strict(),
  z.object({
    kind: z.literal('legal'),
    creditCode: creditCodeSchema,
    name: z.string().trim().min(1).max(100).optional().describe('单位名称（平台尚未登记该单位时必填，按营业执照）'),
    handler: z.object({ idNumber: idCardSchema, name: personName }).strict().describe('到窗口办理的经办人'),
  }).strict(),
]);

const lookupQuery = z.union([
  z.object({ creditCode: creditCodeSchema }).strict(),
  z.object({ idNumber: idCardSchema, name: personName }).strict(),
]);

export function deskRoutes(desk: DeskService) {
  return async (app: FastifyInstance) => {
    app.addHook('onRequest', requirePermission(casesPolicy, 'case.submitOnBehalf'));
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get('/api/desk/applicant', {
      schema: {
        tags, summary: '核验申请人：自然人按身份证号和姓名，法人按统一社会信用代码（只查询，不登记）',
        querystring: lookupQuery,
        response: {
          200: z.object({
            kind: z.enum(['natural', 'legal']),
            known: z.boolean().describe('平台是否已登记'),
            nameMatches: z.boolean().nullable().optional().describe('自然人：姓名是否与登记一致（未登记为 null）'),
            name: z.string().nullable().optional().describe('法人：登记的单位名称'),
            legalRepresentative: z.string().nullable().optional(),
            address: z.string().nullable().optional(),
          }),
          ...errors,
        },
      },
    }, async (req) => desk.lookup(req.principal, req.query));

    r.post('/api/desk/cases', {
      schema: {
        tags, summary: '窗口帮代办：为申请人提交申请（须带 Idempotency-Key）；办件归申请人，标注代办人和窗口渠道',
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        body: z.object({ applicant: deskApplicantSchema, itemCode: z.string().max(64), form: z.record(z.string(), z.unknown()) }).strict(),
        response: { 201: caseSchema, ...errors },
      },
    }, async (req, reply) => {
      const key = req.headers['idempotency-key'];
      if (!key || !IDEMPOTENCY_KEY.test(key)) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
      return reply.status(201).send(await desk.submit(req.principal, { ...req.body, idempotencyKey: key }));
    });
  };
}
