// A case's notices as structured content (the print page renders them; documents will seal them).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { NOTICE_KINDS } from './notices.ts';
import type { NoticesService } from './notices-service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['办件'];
const params = z.object({ id: z.string().max(64) });
const kind = z.enum(NOTICE_KINDS).describe('acceptance 受理通知书；refusal 不予受理通知书；correction 补正通知书');

export const noticeSchema = z.object({
  kind,
  title: z.string(),
  docNo: z.string().describe('文书编号：受理编号，或所涉办件编号'),
  addressee: z.string(),
  paragraphs: z.array(z.string()),
  list: z.object({ title: z.string(), items: z.array(z.string()) }).nullable().describe('补正通知书：一次性告知的全部补正内容'),
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
  closing: z.array(z.string()),
  issuer: z.string(),
  date: z.string(),
});

export function noticesRoutes(notices: NoticesService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/cases/:id/notices', {
      schema: {
        tags, summary: '办件的通知书（受理、不予受理、补正）', params,
        response: { 200: z.object({ notices: z.array(z.object({ kind, title: z.string(), at: z.string() })) }), ...errors },
      },
    }, async (req) => ({ notices: await notices.list(req.principal, req.params.id) }));

    r.get('/api/cases/:id/notices/:kind', {
      schema: { tags, summary: '通知书内容（可打印；申请人本人或有权限的工作人员）', params: params.extend({ kind }), response: { 200: noticeSchema, ...errors } },
    }, async (req) => notices.content(req.principal, req.params.id, req.params.kind));
  };
}
