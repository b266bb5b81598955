// Composes the modules into one Fastify app. No listening here: tests use app.inject.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from './db/connect.ts';
import { currentMigrationVersion } from './db/migrate.ts';
import { registerErrorHandling, registerNotFound } from './http/error-handler.ts';
import { adminCatalogRoutes, publicCatalogRoutes } from './modules/catalog/routes.ts';
import { createCatalogService, type CatalogService } from './modules/catalog/service.ts';
import { createMaterialsService } from './modules/cases/materials.ts';
import { materialsRoutes } from './modules/cases/materials-routes.ts';
import { casesRoutes } from './modules/cases/routes.ts';
import { applicationRoutes } from './modules/cases/application-routes.ts';
import { createApplicationService } from './modules/cases/application.ts';
import { createDeadlinesService, registerDeadlineJobs } from './modules/cases/deadlines.ts';
import { deadlinesRoutes } from './modules/cases/deadlines-routes.ts';
import { createCasesService } from './modules/cases/service.ts';
import { createDeskService } from './modules/cases/desk.ts';
import { deskRoutes } from './modules/cases/desk-routes.ts';
import { createNoticesService } from './modules/cases/notices-service.ts';
import { noticesRoutes } from './modules/cases/notices-routes.ts';
import { workflowRoutes } from './modules/workflow/routes.ts';
import { createExpertPanels } from './modules/experts/panel.ts';
import { createExpertPool, type ExpertPool } from './modules/experts/pool.ts';
import { expertsRoutes } from './modules/experts/routes.ts';
import { documentsRoutes } from './modules/documents/stamping/register.ts';
import { createPdfWorkerPool } from './modules/documents/pdf-worker/pool.ts';
import { createStampingService } from './modules/documents/stamping/service.ts';
import type { IdentityProviderConfig } from './config.ts';
import { countRecentAudit, writeAudit } from './lib/audit/audit-log.ts';
import { AppError } from './lib/errors.ts';
import { createJobRunner, type JobRunner, type JobRunnerOptions } from './lib/jobs/index.ts';
import { createFileStore } from './lib/files/file-store.ts';
import { createProvider, IDP_PATH } from './modules/identity/idp/provider.ts';
import { idpRoutes, LOCK_WINDOW_MINUTES } from './modules/identity/idp/routes.ts';
import { OidcClient, type OidcSettings } from './modules/identity/oidc-client.ts';
import { registerRequestPrincipal } from './modules/identity/request-principal.ts';
import { identityRoutes } from './modules/identity/routes.ts';
import { createStaffAdmin } from './modules/identity/staff-admin.ts';
import { staffRoutes } from './modules/identity/staff-routes.ts';
import { createIdentityService, type IdentityService } from './modules/identity/service.ts';
import { createDocumentsModule, type DocumentsModule } from './modules/documents/module.ts';
import { feedbackRoutes } from './modules/feedback/routes.ts';
import { inquiryRoutes } from './modules/feedback/inquiry-routes.ts';
import { supervisionRoutes } from './modules/supervision/routes.ts';
import { createTasks } from './modules/supervision/tasks.ts';
import { createDashboard } from './modules/supervision/dashboard/figures.ts';
import { dashboardRoutes } from './modules/supervision/dashboard/routes.ts';
import { createFeedbackService, type FeedbackService } from './modules/feedback/service.ts';
import { registerFeedbackJobs } from './modules/feedback/jobs.ts';
import { calendarRoutes } from './modules/workflow/calendar/routes.ts';
import { createCalendarService, type CalendarService } from './modules/workflow/calendar/service.ts';
import { INTEGRATION_OFF, type IntegrationConfig } from './modules/integration/config.ts';
import { createIntegration, type Integration } from './modules/integration/index.ts';

export interface AppOptions {
  database: Database;
  adminToken: string;
  logLevel?: string;
  webDist?: string;
  trustProxy?: boolean;
  identityProvider?: IdentityProviderConfig;
  /** Where people reach the platform; read when first needed (the port may be chosen at listen). */
  publicUrl?: () => string;
  session?: { idleSeconds: number; maxSeconds: number };
  /** The clock for dates and deadlines (tests fix it). */
  now?: () => Date;
  /** Where uploaded files live (content-addressed): DATA_DIR/files in production, a temporary directory in tests. */
  filesDir: string;
  /** The largest upload accepted, in bytes (MAX_UPLOAD_MB; default 20 MB). */
  maxUploadBytes?: number;
  /** Connections to other systems (outbox workers, platform, notices, credit); off unless given. */
  integration?: IntegrationConfig;
  /** Job runner settings (poll interval, lease …); the runner polls only once started (server/main.ts). */
  jobs?: Omit<JobRunnerOptions, 'db' | 'now' | 'log'>;
  /** Encrypts seal and licence keys at rest (SEAL_MASTER_KEY); tests get a random one. */
  sealMasterKey?: Buffer;
  /** How often the automatic-seal worker looks for work (ms). */
  documentWorkerIntervalMs?: number;
  /** DOCUMENT_TOKEN_SECRET: signs the QR codes on printouts (default: a key kept in the database). */
  documentTokenSecret?: string;
  /** Working days an office has to follow up a real-name bad rating (RATING_FOLLOWUP_DAYS). */
  ratingFollowupDays?: number;
}

export interface App {
  app: FastifyInstance;
  catalog: CatalogService;
  identity: IdentityService;
  calendar: CalendarService;
  integration: Integration;
  /** Durable jobs: modules register handlers here; main.ts starts it, app.close() stops it. */
  jobs: JobRunner;
  experts: ExpertPool;
  documents: DocumentsModule;
  feedback: FeedbackService;
}

function oidcSettings(idp: IdentityProviderConfig, publicUrl: () => string, bundledSecret: string): () => OidcSettings {
  return () => {
    const base = publicUrl();
    const common = { redirectUri: `${base}/auth/callback`, postLogoutRedirectUri: `${base}/`, apiResource: `${base}/api` };
    switch (idp.kind) {
      case 'bundled':
        return { ...common, issuer: `${base}${IDP_PATH}`, clientId: 'kezhengtong-web', clientSecret: bundledSecret };
      case 'external':
        return { ...common, issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, redirectUri: idp.redirectUrl ?? common.redirectUri };
    }
  };
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
  const calendar = createCalendarService(database.db, { log: app.log });
  const jobs = createJobRunner({ ...opts.jobs, db: database.db, now: opts.now, log: app.log });
  app.addHook('onClose', () => jobs.stop());

  // Unified identity: OIDC relying party, sessions in the database, the bundled provider unless a real issuer is set.
  const idpConfig = opts.identityProvider ?? { kind: 'bundled' as const };
  const publicUrl = opts.publicUrl ?? (() => 'http://localhost:3000');
  const settings = oidcSettings(idpConfig, publicUrl, randomBytes(24).toString('base64url'));
  const identity = createIdentityService(database.db, new OidcClient(settings), opts.session ?? { idleSeconds: 7200, maxSeconds: 43200 }, () => settings().redirectUri);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => new AppError('RATE_LIMITED', `请求过于频繁，请 ${Math.ceil(ctx.ttl / 1000)} 秒后再试`),
  });
  registerRequestPrincipal(app, identity, { adminToken: opts.adminToken });
  const maxUploadBytes = opts.maxUploadBytes ?? 20 * 1024 * 1024;
  // Multipart only where a route asks for a file (req.file()); one file per request, at most MAX_UPLOAD_MB.
  await app.register(fastifyMultipart, { limits: { fileSize: maxUploadBytes, files: 1, fields: 10, fieldSize: 1024, parts: 11 } });
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

  await app.register(identityRoutes(identity, { secureCookies: () => publicUrl().startsWith('https:') }));
  await app.register(staffRoutes(createStaffAdmin(database.db)));
  if (idpConfig.kind === 'bundled') {
    let provider: ReturnType<typeof createProvider> | null = null;
    const getProvider = () => {
      const s = settings();
      provider ??= createProvider(s.issuer, { clientId: s.clientId, clientSecret: s.clientSecret, redirectUri: s.redirectUri, postLogoutRedirectUri: s.postLogoutRedirectUri, apiResource: s.apiResource });
      return provider;
    };
    await app.register(idpRoutes(getProvider, {
      onLoginFailed: (key, ip) => writeAudit(database.db, { actor: 'idp', action: 'idp.login_failed', subjectType: 'identity', subjectId: key || '-', data: { ip } }),
      recentFailures: (key) => countRecentAudit(database.db, 'identity', key, 'idp.login_failed', LOCK_WINDOW_MINUTES * 60),
    }));
  }

  await app.register(publicCatalogRoutes(catalog));
  await app.register(adminCatalogRoutes(catalog));
  await app.register(calendarRoutes(calendar));
  const files = createFileStore(opts.filesDir);
  const pdfPool = createPdfWorkerPool();
  const stamping = createStampingService(database.db, { files, catalog, pool: pdfPool, secret: opts.documentTokenSecret, log: app.log });
  const documents = createDocumentsModule(database.db, { masterKey: opts.sealMasterKey ?? randomBytes(32), files, pool: pdfPool, now: opts.now, publicUrl, log: app.log, workerIntervalMs: opts.documentWorkerIntervalMs });
  // Outbox delivery, platform, notices, credit checks (the cases service asks it for credit facts).
  const integration = createIntegration(database.db, opts.integration ?? INTEGRATION_OFF, { log: app.log, publicUrl, catalog, jobs, licences: documents.licences, calendar, now: opts.now });
  app.addHook('onClose', async () => integration.stop());
  const cases = createCasesService(database.db, catalog, calendar, {
    now: opts.now,
    creditFacts: integration.creditFacts,
    // Documents: the step's sealed document (自动用印) and the stamped application PDF, queued with the step.
    onTransition: async (tx, e) => {
      await documents.onTransition(tx, e);
      await stamping.onTransition(tx, e);
    },
    afterTransition: stamping.afterTransition,
  });
  await app.register(casesRoutes(cases));
  // Case timers (warnings, overdue marks, 超时默认, daily summary) and 延期.
  const deadlines = createDeadlinesService(database.db, catalog, calendar, cases, { now: opts.now });
  registerDeadlineJobs(jobs, deadlines);
  await app.register(deadlinesRoutes(deadlines));
  await app.register(applicationRoutes(createApplicationService(database.db, catalog)));
  await app.register(deskRoutes(createDeskService(database.db, cases)));
  await app.register(noticesRoutes(createNoticesService(database.db, catalog)));
  await app.register(workflowRoutes());
  const experts = createExpertPool(database.db);
  await app.register(expertsRoutes(experts, createExpertPanels(database.db, { now: opts.now })));
  await app.register(materialsRoutes(createMaterialsService(database.db, catalog, { files, maxUploadBytes, calendar, now: opts.now })));
  await app.register(documents.routes);
  await app.register(documentsRoutes(database.db, { stamping, cases, catalog, pool: pdfPool }));
  app.addHook('onReady', async () => stamping.start());
  // In this order: the loops that hand work to the PDF worker stop first, then the worker.
  app.addHook('onClose', async () => {
    await stamping.stop();
    await documents.stop();
    await pdfPool.close();
  });

  await app.register(integration.routes);
  // 好差评, consultations and complaints, reform-task supervision (督办).
  const feedback = createFeedbackService(database.db, catalog, calendar, { now: opts.now, followupWorkingDays: opts.ratingFollowupDays, publicUrl });
  registerFeedbackJobs(jobs, feedback); // invitations to rate, escalation of overdue follow-ups and messages
  await app.register(feedbackRoutes(feedback));
  await app.register(inquiryRoutes(feedback.inquiries));
  await app.register(supervisionRoutes(createTasks(database.db, files, { now: opts.now ?? (() => new Date()), maxUploadBytes }), { maxUploadBytes }));
  // 数据看板: figures from the records (daily roll-ups kept by triggers, migration 0021).
  await app.register(dashboardRoutes(createDashboard(database.db, calendar, { now: opts.now ?? (() => new Date()) })));

  const spaShell = Boolean(opts.webDist && fs.existsSync(path.join(opts.webDist, 'index.html')));
  if (spaShell) await app.register(fastifyStatic, { root: opts.webDist!, maxAge: '1h' });
  registerNotFound(app, { spaShell });
  return { app, catalog, identity, calendar, integration, jobs, experts, documents, feedback };
}
