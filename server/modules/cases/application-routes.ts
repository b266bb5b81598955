// Application form API: prefill (一表申请), drafts (草稿), and a case's form with its answers.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { applicationFormSchema } from '../catalog/application-form.ts';
import { requireSignedIn } from '../identity/authorize.ts';
import type { ApplicationService } from './application.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['办件'];
const codeParams = z.object({ code: z.string().max(64) });
const draftSummary = z.object({
  id: z.string(), itemCode: z.string(), itemName: z.string(), itemVersion: z.number().int(), createdAt: z.string(), updatedAt: z.string(),
});
const draftSchema = draftSummary.extend({ form: z.record(z.string(), z.unknown()) });

export function applicationRoutes(app_: ApplicationService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get('/api/catalog/items/:code/application-prefill', {
      onRequest: requireSignedIn,
      schema: {
        tags, summary: '申请表预填（一表申请）：身份信息与以往申报中的答案', params: codeParams,
        response: {
          200: z.object({
            values: z.record(z.string(), z.unknown()).describe('可修改的预填值'),
            sources: z.record(z.string(), z.enum(['identity', 'previous'])).describe('每个预填值的来源'),
            locked: z.record(z.string(), z.string()).describe('取自身份、不可修改的栏目（显示值；身份证号脱敏，提交时由服务端填写）'),
          }),
          ...errors,
        },
      },
    }, async (req) => app_.prefill(req.principal, req.params.code));

    r.get('/api/me/drafts', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '我的申请草稿', response: { 200: z.object({ items: z.array(draftSummary) }), ...errors } },
    }, async (req) => ({ items: await app_.listDrafts(req.principal) }));

    r.get('/api/me/drafts/:code', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '某事项的申请草稿（本人或本单位的；否则 404）', params: codeParams, response: { 200: draftSchema, ...errors } },
    }, async (req) => app_.getDraft(req.principal, req.params.code));

    r.put('/api/me/drafts/:code', {
      onRequest: requireSignedIn,
      schema: {
        tags, summary: '保存申请草稿（每个事项一份，提交申请后自动删除）', params: codeParams,
        body: z.object({ form: z.record(z.string(), z.unknown()) }).strict(),
        response: { 200: draftSchema, ...errors },
      },
    }, async (req) => app_.saveDraft(req.principal, req.params.code, req.body.form));

    r.delete('/api/me/drafts/:code', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '删除申请草稿', params: codeParams, response: { 204: z.null(), ...errors } },
    }, async (req, reply) => {
      await app_.deleteDraft(req.principal, req.params.code);
      return reply.status(204).send(null);
    });

    r.get('/api/cases/:id/application-form', {
      schema: {
        tags, summary: '办件的申请表：所依据事项版本的表单定义，以及按顺序排列的栏目与答案', params: z.object({ id: z.string().max(64) }),
        response: {
          200: z.object({
            definition: applicationFormSchema,
            entries: z.array(z.object({
              section: z.string(), key: z.string(), label: z.string(), text: z.string(),
              table: z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.string())) }).optional(),
            })),
          }),
          ...errors,
        },
      },
    }, async (req) => app_.caseForm(req.principal, req.params.id));
  };
}
