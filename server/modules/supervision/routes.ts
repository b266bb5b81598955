// 督办 API: import task tables, list and read tasks, report progress (with evidence), remind, close.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { AppError } from '../../lib/errors.ts';
import { requirePermission } from '../identity/authorize.ts';
import { supervisionPolicy } from './policy.ts';
import type { Tasks } from './tasks.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 413: errorSchema, 415: errorSchema };
const tags = ['督办'];
const idParams = z.object({ id: z.string().max(64) });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const taskSummary = z.object({
  id: z.string(), action: z.string().nullable(), title: z.string(), content: z.string(), leadOffice: z.string(), responsibleOffices: z.array(z.string()),
  leader: z.string().nullable(), deadline: z.string().nullable(), rhythm: z.enum(['monthly']).nullable(), longTerm: z.boolean().describe('立行立改，长期坚持：无完成时限，按月报送'),
  state: z.enum(['open', 'closed']), overdue: z.boolean(), reportDue: z.string().nullable(), reportLate: z.boolean(),
  lastReportAt: z.string().nullable(), lastRemindedAt: z.string().nullable(), closedAt: z.string().nullable(), closeNote: z.string().nullable(), version: z.number().int(),
});
const taskDetail = taskSummary.extend({
  reports: z.array(z.object({ id: z.string(), office: z.string(), progress: z.string(), reportedAt: z.string(), evidence: z.object({ name: z.string(), contentType: z.string() }).nullable() })),
  events: z.array(z.object({ at: z.string(), actor: z.string(), kind: z.string(), note: z.string().nullable() })),
});

/** Reads a multipart request's fields and its one file (at most `limit` bytes). */
async function readMultipart(req: FastifyRequest, limit: number) {
  if (!req.isMultipart()) throw new AppError('FILE_REQUIRED');
  const fields: Record<string, string> = {};
  let file: { field: string; name: string; bytes: Buffer } | undefined;
  for await (const part of req.parts({ limits: { fileSize: limit, files: 1, fieldSize: 16 * 1024 } })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
      file = { field: part.fieldname, name: part.filename, bytes };
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  return { fields, file };
}

export function supervisionRoutes(tasks: Tasks, opts: { maxUploadBytes: number }) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.post('/api/supervision/task-imports', {
      onRequest: requirePermission(supervisionPolicy, 'task.manage'),
      schema: {
        tags, consumes: ['multipart/form-data'], summary: '导入任务分解表（Excel .xlsx 或 CSV，一个 file 字段；同一文件重复导入不会重复建任务）',
        response: { 201: z.object({ importId: z.string(), created: z.number().int(), duplicate: z.boolean(), errors: z.array(z.object({ row: z.number().int(), message: z.string() })) }), ...errors },
      },
    }, async (req, reply) => {
      const { file } = await readMultipart(req, opts.maxUploadBytes);
      if (!file || file.field !== 'file') throw new AppError('FILE_REQUIRED');
      if (file.bytes.length === 0) throw new AppError('FILE_EMPTY');
      return reply.status(201).send(await tasks.importTable(req.principal, file.name, file.bytes));
    });

    r.post('/api/supervision/tasks', {
      onRequest: requirePermission(supervisionPolicy, 'task.manage'),
      schema: {
        tags, summary: '新建督办任务',
        body: z.object({
          title: z.string().trim().min(4).max(100), content: z.string().trim().min(4).max(4000), action: z.string().trim().max(100).optional(),
          leadOffice: z.string().trim().min(2).max(100), responsibleOffices: z.array(z.string().trim().min(2).max(100)).max(20).default([]),
          leader: z.string().trim().max(30).optional(), deadline: day.nullable().describe('完成时限；null 表示立行立改、长期坚持（按月报送进展）'),
        }).strict(),
        response: { 201: taskSummary, ...errors },
      },
    }, async (req, reply) => reply.status(201).send(await tasks.create(req.principal, req.body)));

    r.get('/api/supervision/tasks', {
      onRequest: requirePermission(supervisionPolicy, 'task.report'),
      schema: {
        tags, summary: '督办任务（本处室牵头或负责的；督办人员看全部）',
        querystring: z.object({ state: z.enum(['open', 'closed']).optional(), overdue: z.stringbool().optional(), page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.object({ items: z.array(taskSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }), ...errors },
      },
    }, async (req) => tasks.list(req.principal, req.query, req.query.page, req.query.pageSize));

    r.get('/api/supervision/tasks/:id', {
      onRequest: requirePermission(supervisionPolicy, 'task.report'),
      schema: { tags, summary: '督办任务详情、进展与记录', params: idParams, response: { 200: taskDetail, ...errors } },
    }, async (req) => tasks.get(req.principal, req.params.id));

    r.post('/api/supervision/tasks/:id/reports', {
      onRequest: requirePermission(supervisionPolicy, 'task.report'),
      schema: {
        tags, consumes: ['multipart/form-data'], params: idParams,
        summary: '报送进展（multipart：progress 字段，可附 evidence 佐证文件：PDF、JPG、PNG）',
        response: { 201: taskDetail, ...errors },
      },
    }, async (req, reply) => {
      const { fields, file } = await readMultipart(req, opts.maxUploadBytes);
      const progress = (fields.progress ?? '').trim();
      if (progress.length < 4 || progress.length > 4000) throw new AppError('VALIDATION_FAILED', '请填写进展情况（4–4000 字）');
      if (file && file.field !== 'evidence') throw new AppError('FILE_REQUIRED', '佐证文件请用 evidence 字段上传');
      return reply.status(201).send(await tasks.report(req.principal, req.params.id, { progress, evidence: file && file.bytes.length > 0 ? { name: file.name, bytes: file.bytes } : undefined }));
    });

    r.get('/api/supervision/tasks/:id/reports/:reportId/evidence', {
      onRequest: requirePermission(supervisionPolicy, 'task.report'),
      schema: { tags, summary: '下载佐证材料', params: idParams.extend({ reportId: z.string().max(64) }) },
    }, async (req, reply) => {
      const f = await tasks.evidence(req.principal, req.params.id, req.params.reportId);
      return reply.type(f.contentType).header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(f.name)}`).send(f.stream);
    });

    r.post('/api/supervision/tasks/:id/reminders', {
      onRequest: requirePermission(supervisionPolicy, 'task.manage'),
      schema: { tags, summary: '催办', params: idParams, body: z.object({ note: z.string().trim().min(2).max(1000) }).strict(), response: { 200: taskSummary, ...errors } },
    }, async (req) => tasks.remind(req.principal, req.params.id, req.body.note));

    r.post('/api/supervision/tasks/:id/close', {
      onRequest: requirePermission(supervisionPolicy, 'task.manage'),
      schema: { tags, summary: '销号', params: idParams, body: z.object({ expectedVersion: z.number().int(), note: z.string().trim().min(2).max(2000) }).strict(), response: { 200: taskSummary, ...errors } },
    }, async (req) => tasks.close(req.principal, req.params.id, req.body));
  };
}
