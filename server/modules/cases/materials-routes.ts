// Materials of a case: list, upload (multipart, one `file` field), 告知承诺, 容缺, 免提交 (reuse), download.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { AppError } from '../../lib/errors.ts';
import type { MaterialsService } from './materials.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 413: errorSchema, 415: errorSchema };
const tags = ['办件'];

export const materialStateSchema = z.object({
  index: z.number().int().describe('材料序号（事项版本材料清单中的位置，从 0 开始）'),
  name: z.string(),
  required: z.boolean(),
  requiredNote: z.string().nullable(),
  source: z.string().describe('材料来源：applicant 申请人自备，e-licence 电子证照库获取……'),
  form: z.string(),
  fileFormats: z.array(z.string()),
  commitmentAllowed: z.boolean(),
  toleranceAllowed: z.boolean(),
  toleranceSupplyDays: z.number().int().nullable().describe('容缺时须在受理之日起多少个工作日内补齐'),
  spec: z.string().nullable(),
  status: z.enum(['missing', 'uploaded', 'commitment', 'tolerance']).describe('missing 未提交，uploaded 已上传，commitment 告知承诺，tolerance 容缺'),
  at: z.string().nullable().describe('当前状态的时间'),
  file: z.object({ fileName: z.string(), contentType: z.string(), size: z.number().int(), sha256: z.string(), uploadedAt: z.string() }).nullable(),
  reusedFrom: z.object({ caseId: z.string(), caseNo: z.string(), index: z.number().int() }).nullable().describe('免提交：文件复用自哪一办件的哪项材料'),
  supplyDeadline: z.string().nullable().describe('容缺材料的补齐期限（受理时按工作日历确定；受理前为 null）'),
  overdue: z.boolean().describe('容缺材料已过补齐期限仍未补齐'),
  actions: z.array(z.enum(['upload', 'reuse', 'commitment', 'tolerance'])).describe('当前登录人现在可对该材料执行的操作'),
});
export const candidateSchema = z.object({
  caseId: z.string(), caseNo: z.string(), itemName: z.string(), index: z.number().int(), name: z.string().describe('原办件中的材料名称'),
  fileName: z.string(), contentType: z.string(), size: z.number().int(), sha256: z.string(), uploadedAt: z.string(),
  sameName: z.boolean().describe('与本材料同名'),
});
const params = z.object({ id: z.string().max(64), index: z.coerce.number().int().min(0).max(999) });

/** Content-Disposition for a stored name (RFC 6266 / 5987: UTF-8, with an ASCII fallback). */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function materialsRoutes(materials: MaterialsService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get('/api/cases/:id/materials', {
      schema: {
        tags, summary: '办件的申请材料及各项提交情况（申请人本人或有权限的工作人员；否则 404）', params: params.pick({ id: true }),
        response: {
          200: z.object({
            caseId: z.string(), editable: z.boolean().describe('当前登录人现在能否修改材料（受理前或补正时）'), maxUploadBytes: z.number().int(),
            materials: z.array(materialStateSchema), overdue: z.boolean().describe('是否有容缺材料逾期未补齐'),
          }),
          ...errors,
        },
      },
    }, async (req) => materials.list(req.principal, req.params.id));

    r.post('/api/cases/:id/materials/:index', {
      schema: {
        tags, consumes: ['multipart/form-data'],
        summary: '上传一项申请材料（multipart/form-data，一个 file 字段；按文件内容核对格式；替换此前的文件）',
        description: '仅申请人，在办件提交后受理前或补正时；受理后只能补齐容缺的材料。文件格式按内容判断（PDF、JPG、PNG），须在该材料允许的格式内；大小不超过 MAX_UPLOAD_MB。',
        params, response: { 201: materialStateSchema, ...errors },
      },
    }, async (req, reply) => {
      const target = await materials.uploadTarget(req.principal, req.params.id, req.params.index);
      if (!req.isMultipart()) throw new AppError('FILE_REQUIRED');
      const part = await req.file({ limits: { fileSize: materials.maxUploadBytes, files: 1 } });
      if (!part || part.fieldname !== 'file') {
        if (part) await part.toBuffer().catch(() => undefined);
        throw new AppError('FILE_REQUIRED');
      }
      const saved = await materials.upload(req.principal, target, { name: part.filename, stream: part.file, truncated: () => part.file.truncated });
      return reply.status(201).send(saved);
    });

    r.post('/api/cases/:id/materials/:index/commitment', {
      schema: {
        tags, summary: '以告知承诺代替一项申请材料（该材料允许告知承诺时）', params,
        response: { 201: materialStateSchema, ...errors },
      },
    }, async (req, reply) => reply.status(201).send(await materials.commit(req.principal, req.params.id, req.params.index)));

    r.post('/api/cases/:id/materials/:index/tolerance', {
      schema: {
        tags, summary: '容缺受理：声明暂缺一项材料（该材料允许容缺时），受理后在规定工作日内补齐', params,
        response: { 201: materialStateSchema, ...errors },
      },
    }, async (req, reply) => reply.status(201).send(await materials.tolerate(req.principal, req.params.id, req.params.index)));

    r.get('/api/cases/:id/materials/:index/reusable', {
      schema: {
        tags, summary: '免提交：本人（或本单位）此前办件中可复用于该材料的文件（同名材料在前）', params,
        response: { 200: z.object({ candidates: z.array(candidateSchema) }), ...errors },
      },
    }, async (req) => materials.reusable(req.principal, req.params.id, req.params.index));

    r.post('/api/cases/:id/materials/:index/reuse', {
      schema: {
        tags, summary: '免提交：复用本人（或本单位）此前办件中的一份文件（不复制文件，记录来源）', params,
        body: z.strictObject({ fromCaseId: z.string().max(64), fromIndex: z.number().int().min(0).max(999) }),
        response: { 201: materialStateSchema, ...errors },
      },
    }, async (req, reply) => reply.status(201).send(await materials.reuse(req.principal, req.params.id, req.params.index, { caseId: req.body.fromCaseId, index: req.body.fromIndex })));

    r.get('/api/cases/:id/materials/:index/file', {
      schema: { tags, summary: '下载（在线查看）一项材料的当前文件（申请人本人或有权限的工作人员；否则 404）', params },
    }, async (req, reply) => {
      const f = await materials.file(req.principal, req.params.id, req.params.index);
      return reply
        .header('content-type', f.contentType)
        .header('content-length', f.size)
        .header('content-disposition', disposition(f.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-cache')
        .header('etag', `"${f.sha256}"`)
        .send(f.open());
    });
  };
}
