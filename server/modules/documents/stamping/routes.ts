// The case's generated application PDFs: list (with 生成中 status), download, regenerate.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../../http/error-schema.ts';
import { requirePermission } from '../../identity/authorize.ts';
import { stampingPolicy } from './policy.ts';
import type { StampingService } from './service.ts';

const errors = { 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['办件文书'];

export const caseDocumentSchema = z.object({
  kind: z.literal('application').describe('application 申请材料（加注水印、二维码）'),
  version: z.number().int(),
  status: z.enum(['pending', 'building', 'ready', 'failed']).describe('pending/building 生成中，ready 可下载，failed 生成失败'),
  current: z.boolean().describe('是否最新版本（旧版本的打印件扫码时提示“旧版本”）'),
  pages: z.number().int().nullable(),
  sha256: z.string().nullable().describe('文件的 SHA-256'),
  sizeBytes: z.number().int().nullable(),
  qr: z.boolean().describe('每页是否带二维码'),
  watermark: z.string(),
  createdAt: z.string(),
  readyAt: z.string().nullable(),
});

const params = z.object({ id: z.string().max(64) });

export function stampingRoutes(stamping: StampingService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get('/api/cases/:id/documents/application', {
      schema: { tags, summary: '办件生成的申请材料文件（各版本及生成状态）', params, response: { 200: z.object({ caseId: z.string(), items: z.array(caseDocumentSchema) }), ...errors } },
    }, async (req) => stamping.list(req.principal, req.params.id));

    r.get('/api/cases/:id/documents/application/:version/file', {
      schema: { tags, summary: '下载加注“预审通过”的申请材料 PDF（申请人本人或有权限的工作人员）', params: params.extend({ version: z.coerce.number().int().min(1).max(9999) }) },
    }, async (req, reply) => {
      const f = await stamping.file(req.principal, req.params.id, req.params.version);
      const encoded = encodeURIComponent(f.fileName);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-length', f.size)
        .header('content-disposition', `attachment; filename="application-v${req.params.version}.pdf"; filename*=UTF-8''${encoded}`)
        .header('cache-control', 'private, no-cache')
        .header('etag', `"${f.sha256}"`)
        .send(f.open());
    });

    r.post('/api/cases/:id/documents/application/regenerate', {
      onRequest: requirePermission(stampingPolicy, 'document.regenerate'),
      schema: { tags, summary: '重新生成申请材料文件（新版本；旧版本打印件扫码时提示“旧版本”）', params, response: { 202: z.object({ version: z.number().int() }), ...errors } },
    }, async (req, reply) => reply.status(202).send({ version: (await stamping.regenerate(req.principal, req.params.id)).version }));
  };
}
