// Paper intake by scan: the desk (scan, confirm receipt) and J2's batches.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../../http/error-schema.ts';
import { requirePermission } from '../../identity/authorize.ts';
import { paperPolicy } from './policy.ts';
import type { PaperService } from './service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema };
const tags = ['纸质材料收件'];
const code = z.string().trim().min(1).max(500).describe('扫码枪录入或摄像头识别的二维码内容');

const batchSchema = z.object({
  id: z.string(), batchNo: z.string(), status: z.enum(['open', 'mailed', 'received']).describe('open 收件中，mailed 已寄出，received 已签收'),
  courier: z.string().nullable(), trackingNo: z.string().nullable(), createdAt: z.string(), mailedAt: z.string().nullable(), receivedAt: z.string().nullable(),
  totalPages: z.number().int(),
  items: z.array(z.object({
    caseId: z.string(), caseNo: z.string(), applicantName: z.string(), itemName: z.string(), documentVersion: z.number().int(), pages: z.number().int(),
    outcome: z.enum(['expected', 'received', 'missing', 'unexpected']).describe('expected 待签收，received 已签收，missing 缺件，unexpected 清单外'),
    checkedAt: z.string().nullable(),
  })),
});

const scanResult = z.union([
  z.object({
    kind: z.literal('application'),
    case: z.object({ id: z.string(), caseNo: z.string(), itemName: z.string(), applicantName: z.string(), creditCode: z.string().nullable(), state: z.string(), stateLabel: z.string(), version: z.number().int(), submittedAt: z.string() }),
    document: z.object({ version: z.number().int(), pages: z.number().int(), page: z.number().int().describe('扫描的是第几页'), current: z.boolean().describe('false：旧版本打印件'), latestVersion: z.number().int() }),
    materials: z.array(z.object({ name: z.string(), status: z.string() })),
    action: z.object({ key: z.string(), label: z.string() }).nullable().describe('可执行的“确认收到纸质材料”动作'),
  }),
  z.object({ kind: z.literal('batch'), batch: batchSchema }),
]);

const caseBrief = z.object({ id: z.string(), caseNo: z.string(), state: z.string(), stateLabel: z.string() }).passthrough();
const batchParams = z.object({ id: z.string().uuid() });

export function paperRoutes(paper: PaperService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const scan = { onRequest: requirePermission(paperPolicy, 'paper.scan') };
    const batch = { onRequest: requirePermission(paperPolicy, 'paper.batch') };
    const receive = { onRequest: requirePermission(paperPolicy, 'paper.receive') };
    const read = { onRequest: requirePermission(paperPolicy, 'paper.batch.read') };

    r.post('/api/paper/scan', { ...scan, schema: { tags, summary: '扫码查验：申请材料（办件关键信息、是否旧版本）或批次清单', body: z.object({ code }), response: { 200: scanResult, ...errors } } },
      async (req) => paper.scan(req.principal, req.body.code));

    r.post('/api/paper/confirm', { ...scan, schema: { tags, summary: '确认收到纸质材料（扫码后执行流程中的收件动作）', body: z.object({ code, expectedVersion: z.number().int().optional() }), response: { 200: caseBrief, ...errors } } },
      async (req) => paper.confirm(req.principal, req.body.code, req.body.expectedVersion));

    r.get('/api/paper/batches', { ...read, schema: { tags, summary: '寄送批次列表（最近 50 个）', querystring: z.object({ status: z.enum(['open', 'mailed', 'received']).optional() }), response: { 200: z.object({ items: z.array(batchSchema) }), ...errors } } },
      async (req) => paper.listBatches(req.principal, req.query.status));

    r.post('/api/paper/batches', { ...batch, schema: { tags, summary: '受理点新建寄送批次', response: { 201: batchSchema, ...errors } } },
      async (req, reply) => reply.status(201).send(await paper.createBatch(req.principal)));

    r.get('/api/paper/batches/:id', { ...read, schema: { tags, summary: '批次详情', params: batchParams, response: { 200: batchSchema, ...errors } } },
      async (req) => paper.getBatch(req.principal, req.params.id));

    r.post('/api/paper/batches/:id/items', { ...batch, schema: { tags, summary: '受理点扫码将一份申请材料编入批次', params: batchParams, body: z.object({ code }), response: { 200: batchSchema, ...errors } } },
      async (req) => paper.addToBatch(req.principal, req.params.id, req.body.code));

    r.delete('/api/paper/batches/:id/items/:caseId', { ...batch, schema: { tags, summary: '将一件移出未寄出的批次', params: batchParams.extend({ caseId: z.string().uuid() }), response: { 200: batchSchema, ...errors } } },
      async (req) => paper.removeFromBatch(req.principal, req.params.id, req.params.caseId));

    r.get('/api/paper/batches/:id/manifest', { ...read, schema: { tags, summary: '批次移交清单 PDF（办件、页数、批次二维码）', params: batchParams } },
      async (req, reply) => {
        const m = await paper.manifest(req.principal, req.params.id);
        return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="manifest.pdf"; filename*=UTF-8''${encodeURIComponent(m.fileName)}`).header('cache-control', 'private, no-cache').send(Buffer.from(m.bytes));
      });

    r.post('/api/paper/batches/:id/mail', {
      ...batch,
      schema: { tags, summary: '寄出批次：登记快递公司和单号，批次内办件转入“寄送代收单位中”', params: batchParams, body: z.object({ courier: z.string().trim().min(2).max(30), trackingNo: z.string().trim().regex(/^[A-Za-z0-9-]{6,40}$/, '快递单号为 6–40 位字母、数字') }), response: { 200: batchSchema, ...errors } },
    }, async (req) => paper.mail(req.principal, req.params.id, req.body));

    r.post('/api/paper/batches/:id/check', {
      ...receive,
      schema: { tags, summary: '代收单位扫码签收批次中的一份申请材料（清单外的标记为 unexpected）', params: batchParams, body: z.object({ code }), response: { 200: z.object({ outcome: z.enum(['received', 'unexpected']), case: caseBrief.nullable(), batch: batchSchema }), ...errors } },
    }, async (req) => paper.check(req.principal, req.params.id, req.body.code));

    r.post('/api/paper/batches/:id/close', { ...receive, schema: { tags, summary: '签收完毕：清单上未扫到的标记为缺件', params: batchParams, response: { 200: batchSchema, ...errors } } },
      async (req) => paper.close(req.principal, req.params.id));
  };
}
