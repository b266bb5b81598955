// Seals (admins) and the sealed documents of a case (applicant and staff).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../identity/roles.ts';
import { requirePermission, requireSignedIn } from '../../identity/authorize.ts';
import { errors, pageOf, pageQuery, sendPdf } from '../http.ts';
import { documentsPolicy } from '../policy.ts';
import { DOCUMENT_KINDS } from '../templates/kinds.ts';
import type { DocumentService } from './documents.ts';
import { SYSTEM_TAKER, type SealService } from './service.ts';

const sealTags = ['电子印章'];
const docTags = ['办件文书'];
const takers = z.array(z.enum([...STAFF_ROLES, SYSTEM_TAKER])).max(20).describe('可使用该印章的角色；system 表示自动用印');
const items = z.array(z.string().regex(/^[0-9A-Za-z]{1,40}$/)).max(200).describe('可用于的事项实施编码；空表示全部事项');
const access = { allowedRoles: takers, allowedItems: items.default([]) };

const sealSchema = z.object({
  id: z.string(),
  name: z.string(),
  imageType: z.enum(['png', 'pdf']).describe('印章外观：png 图片或 pdf 矢量（生成的演示印章）'),
  certificate: z.object({ subject: z.string(), serial: z.string(), notBefore: z.string(), notAfter: z.string(), sha256: z.string() }),
  allowedRoles: z.array(z.string()),
  allowedItems: z.array(z.string()),
  active: z.boolean(),
  createdAt: z.string(),
});
const documentSchema = z.object({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  issuedAt: z.string(),
  automatic: z.boolean().describe('是否自动用印'),
  deliveredAt: z.string().nullable().describe('送达时间（电子送达：文书出具到办件中）'),
  firstDownloadedAt: z.string().nullable().describe('申请人首次下载时间'),
  sha256: z.string(),
  size: z.number().int(),
});
const base64 = (max: number) => z.string().max(max).regex(/^[A-Za-z0-9+/]+={0,2}$/);

export function sealRoutes(seals: SealService, documents: DocumentService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const manage = requirePermission(documentsPolicy, 'seal.manage');

    r.get('/api/admin/seals', {
      onRequest: manage,
      schema: { tags: sealTags, summary: '印章列表（系统管理员）', response: { 200: z.array(sealSchema), ...errors } },
    }, async (req) => seals.list(req.principal));

    r.post('/api/admin/seals/demo', {
      onRequest: manage,
      schema: {
        tags: sealTags, summary: '生成演示印章：红色圆形印章外观 + 自签名证书（仅供演示和培训）',
        body: z.object({ organization: z.string().trim().min(2).max(24), purpose: z.string().trim().min(1).max(12).default('行政审批专用章'), ...access }).strict(),
        response: { 201: sealSchema, ...errors },
      },
    }, async (req, reply) => reply.status(201).send(await seals.createDemo(req.principal, req.body)));

    r.post('/api/admin/seals/import', {
      onRequest: manage,
      schema: {
        tags: sealTags, summary: '导入印章：PKCS#12 证书（含私钥，需密码）与 PNG 印章图片，均为 base64',
        body: z.object({ name: z.string().trim().min(2).max(60), p12: base64(200_000), password: z.string().max(200), png: base64(600_000), ...access }).strict(),
        response: { 201: sealSchema, ...errors },
      },
    }, async (req, reply) => {
      const { p12, png, ...rest } = req.body;
      return reply.status(201).send(await seals.importSeal(req.principal, { ...rest, p12: Buffer.from(p12, 'base64'), png: Buffer.from(png, 'base64') }));
    });

    r.patch('/api/admin/seals/:id', {
      onRequest: manage,
      schema: {
        tags: sealTags, summary: '设置印章的使用范围（角色、事项）或停用/启用', params: z.object({ id: z.uuid() }),
        body: z.object({ allowedRoles: takers.optional(), allowedItems: items.optional(), active: z.boolean().optional() }).strict(),
        response: { 200: sealSchema, ...errors },
      },
    }, async (req) => seals.update(req.principal, req.params.id, req.body));

    r.get('/api/admin/seals/:id/image', {
      onRequest: manage,
      schema: { tags: sealTags, summary: '印章外观（PNG 或单页 PDF）', params: z.object({ id: z.string().max(64) }) },
    }, async (req, reply) => {
      const img = await seals.image(req.principal, req.params.id);
      return reply.header('content-type', img.type === 'png' ? 'image/png' : 'application/pdf').header('cache-control', 'private, no-cache').send(img.bytes);
    });

    r.get('/api/admin/seals/:id/usage', {
      onRequest: manage,
      schema: {
        tags: sealTags, summary: '用印记录（谁或哪个自动流程、何时、哪份文书）', params: z.object({ id: z.uuid() }), querystring: pageQuery,
        response: { 200: pageOf(z.object({ at: z.string(), actor: z.string(), automatic: z.boolean(), documentId: z.string(), kind: z.string(), caseNo: z.string(), sha256: z.string() })), ...errors },
      },
    }, async (req) => seals.usage(req.principal, req.params.id, req.query.page, req.query.pageSize));

    r.get('/api/cases/:id/documents', {
      schema: { tags: docTags, summary: '办件的盖章文书（申请人本人或有权限的工作人员；否则 404）', params: z.object({ id: z.string().max(64) }), response: { 200: z.array(documentSchema), ...errors } },
    }, async (req) => documents.list(req.principal, req.params.id));

    r.get('/api/cases/:id/documents/to-issue', {
      onRequest: requirePermission(documentsPolicy, 'document.issue'),
      schema: { tags: docTags, summary: '本办件待工作人员出具（未自动用印、尚未出具）的文书种类', params: z.object({ id: z.string().max(64) }), response: { 200: z.object({ kinds: z.array(z.enum(DOCUMENT_KINDS)) }), ...errors } },
    }, async (req) => ({ kinds: await documents.toIssue(req.principal, req.params.id) }));

    r.post('/api/cases/:id/documents', {
      onRequest: requirePermission(documentsPolicy, 'document.issue'),
      schema: {
        tags: docTags, summary: '出具并盖章送达本办件某一环节的文书（未自动用印时由工作人员出具；须有权使用印章）',
        params: z.object({ id: z.string().max(64) }),
        body: z.object({ kind: z.enum(DOCUMENT_KINDS), sealId: z.uuid().optional() }).strict(),
        response: { 201: documentSchema, ...errors },
      },
    }, async (req, reply) => reply.status(201).send(await documents.issueByHand(req.principal, req.params.id, req.body)));

    r.get('/api/cases/:id/documents/:documentId/file', {
      onRequest: requireSignedIn,
      schema: { tags: docTags, summary: '下载盖章文书（PDF，带电子签章）；申请人首次下载记入办件时间线', params: z.object({ id: z.string().max(64), documentId: z.string().max(64) }) },
    }, async (req, reply) => sendPdf(reply, await documents.file(req.principal, req.params.id, req.params.documentId)));
  };
}
