// HTTP routes of the catalogue: thin — parse, authorize, call one service function, send.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { requirePermission } from '../identity/authorize.ts';
import { catalogPolicy } from './policy.ts';
import {
  adminItemSchema, adminListQuerySchema, adminListResponseSchema, diffQuerySchema, diffResponseSchema, facetsSchema,
  guideSchema, listQuerySchema, listResponseSchema, publishBodySchema, reformFiguresSchema, retireBodySchema,
  saveDraftBodySchema, versionContentSchema,
} from './api-schema.ts';
import { itemCodeSchema, itemContentSchema } from './schema.ts';
import type { CatalogService } from './service.ts';
import type { CachedBody } from './public-cache.ts';

const codeParams = z.object({ code: z.string().max(64).describe('实施编码') });

/**
 * Sends a pre-serialized public answer with an ETag (a matching If-None-Match gets 304),
 * compressed with the cached brotli or gzip copy when the client accepts it.
 */
function sendCached(req: FastifyRequest, reply: FastifyReply, c: CachedBody) {
  reply.header('etag', c.etag).header('cache-control', 'public, max-age=0, must-revalidate').header('vary', 'accept-encoding');
  if (req.headers['if-none-match'] === c.etag) return reply.status(304).send();
  reply.type('application/json; charset=utf-8');
  const accept = req.headers['accept-encoding'] ?? '';
  if (c.br && /\bbr\b/.test(accept)) return reply.header('content-encoding', 'br').send(c.br);
  if (c.gzip && /\bgzip\b/.test(accept)) return reply.header('content-encoding', 'gzip').send(c.gzip);
  return reply.send(c.body);
}

export function publicCatalogRoutes(catalog: CatalogService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['事项目录（公开）'];

    r.get('/api/catalog/items', {
      schema: { tags, summary: '事项列表：筛选、关键词检索、分页', querystring: listQuerySchema, response: { 200: listResponseSchema, 400: errorSchema } },
    }, async (req, reply) => sendCached(req, reply, await catalog.listPublished(req.query)));

    r.get('/api/catalog/items/:code', {
      schema: { tags, summary: '办事指南（现行发布版本）', params: codeParams, response: { 200: guideSchema, 404: errorSchema } },
    }, async (req, reply) => sendCached(req, reply, await catalog.guide(req.params.code)));

    r.get('/api/catalog/facets', {
      schema: { tags, summary: '分类统计：事项类型、主题、服务对象', response: { 200: facetsSchema } },
    }, async (req, reply) => sendCached(req, reply, await catalog.facets()));

    r.get('/api/catalog/reform-figures', {
      schema: { tags, summary: '改革成效指标（由事项目录计算）', response: { 200: reformFiguresSchema } },
    }, async (req, reply) => sendCached(req, reply, await catalog.reformFigures()));
  };
}

export function adminCatalogRoutes(catalog: CatalogService) {
  return async (app: FastifyInstance) => {
    app.addHook('onRequest', requirePermission(catalogPolicy, 'catalog.manage'));
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['事项管理（管理端）'];
    const security = [{ adminToken: [] }];
    const errors = { 400: errorSchema, 401: errorSchema, 404: errorSchema, 409: errorSchema };

    r.get('/api/admin/catalog/items', {
      schema: { tags, security, summary: '全部事项（含草稿、停用）', querystring: adminListQuerySchema, response: { 200: adminListResponseSchema, ...errors } },
    }, async (req) => catalog.adminList(req.principal, req.query));

    r.post('/api/admin/catalog/items', {
      schema: { tags, security, summary: '新建事项（生成第 1 版草稿）', body: z.object({ content: itemContentSchema }), response: { 201: adminItemSchema, ...errors } },
    }, async (req, reply) => reply.status(201).send(await catalog.createItem(req.principal, req.body.content)));

    r.get('/api/admin/catalog/items/:code', {
      schema: { tags, security, summary: '事项详情：版本、草稿、现行内容、操作记录', params: codeParams, response: { 200: adminItemSchema, ...errors } },
    }, async (req) => catalog.adminItem(req.principal, req.params.code));

    r.put('/api/admin/catalog/items/:code/draft', {
      schema: { tags, security, summary: '保存草稿（无草稿时从现行版本新建草稿）', params: z.object({ code: itemCodeSchema }), body: saveDraftBodySchema, response: { 200: adminItemSchema, ...errors } },
    }, async (req) => catalog.saveDraft(req.principal, req.params.code, req.body.content, req.body.baseVersion, req.body.baseRevision));

    r.delete('/api/admin/catalog/items/:code/draft', {
      schema: { tags, security, summary: '放弃草稿', params: codeParams, response: { 200: adminItemSchema, ...errors } },
    }, async (req) => catalog.discardDraft(req.principal, req.params.code));

    r.post('/api/admin/catalog/items/:code/publish', {
      schema: { tags, security, summary: '发布草稿为现行版本（已发布版本不可再改）', params: codeParams, body: publishBodySchema, response: { 200: adminItemSchema, ...errors } },
    }, async (req) => catalog.publish(req.principal, req.params.code, req.body.version));

    r.post('/api/admin/catalog/items/:code/retire', {
      schema: { tags, security, summary: '停用事项', params: codeParams, body: retireBodySchema, response: { 200: adminItemSchema, ...errors } },
    }, async (req) => catalog.retire(req.principal, req.params.code, req.body.reason));

    r.get('/api/admin/catalog/items/:code/versions/:version', {
      schema: { tags, security, summary: '查看某一版本', params: codeParams.extend({ version: z.coerce.number().int().positive() }), response: { 200: versionContentSchema, ...errors } },
    }, async (req) => catalog.version(req.principal, req.params.code, req.params.version));

    r.get('/api/admin/catalog/items/:code/diff', {
      schema: { tags, security, summary: '版本对比', params: codeParams, querystring: diffQuerySchema, response: { 200: diffResponseSchema, ...errors } },
    }, async (req) => catalog.diff(req.principal, req.params.code, req.query.from, req.query.to));
  };
}
