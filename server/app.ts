// Composes the modules into one Fastify app. No listening here: tests use app.inject.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from './db/connect.ts';
import { currentMigrationVersion } from './db/migrate.ts';
import { adminGuard } from './http/admin-auth.ts';
import { registerErrorHandling, registerNotFound } from './http/error-handler.ts';
import { adminCatalogRoutes, publicCatalogRoutes } from './modules/catalog/routes.ts';
import { createCatalogService, type CatalogService } from './modules/catalog/service.ts';

export interface AppOptions {
  database: Database;
  adminToken: string;
  logLevel?: string;
  webDist?: string;
  trustProxy?: boolean;
}

export interface App {
  app: FastifyInstance;
  catalog: CatalogService;
}

export async function buildApp(opts: AppOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logLevel === 'silent' || !opts.logLevel ? false : { level: opts.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: opts.trustProxy ?? false,
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'SAMEORIGIN');
    return payload;
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: '科政通 API', version: '0.1.0', description: '科技政务服务一网通办：事项目录与办事指南（同源发布）等接口' },
      components: { securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: '管理令牌（ADMIN_TOKEN）' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const { database } = opts;
  const catalog = createCatalogService(database.db);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  r.get('/api/health', {
    schema: {
      tags: ['运行状态'],
      summary: '健康检查：数据库类型与迁移版本',
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), migration: z.number().int() }) },
    },
  }, async () => ({ status: 'ok' as const, database: database.kind, migration: await currentMigrationVersion(database.db) }));

  // A bare route (no database, no schema work): the benchmark's yardstick.
  app.get('/api/ping', { schema: { hide: true } }, async () => ({ ok: true }));

  await app.register(publicCatalogRoutes(catalog));
  await app.register(adminCatalogRoutes(catalog, adminGuard(opts.adminToken)));

  const spaShell = Boolean(opts.webDist && fs.existsSync(path.join(opts.webDist, 'index.html')));
  if (spaShell) await app.register(fastifyStatic, { root: opts.webDist!, maxAge: '1h' });
  registerNotFound(app, { spaShell });
  return { app, catalog };
}
