// The integration module put together: the outbox worker with one adapter per topic
// (platform.case, notice.*, credit.publicity, rating.push), the credit checks the workflow's
// guard asks for, recurring jobs (daily reconciliation, SMS receipt time-outs, overdue data
// requests) and the routes (including data sharing with other departments).
// server/app.ts creates it; server/main.ts starts the stand-ins first when configured so.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { JobRunner } from '../../lib/jobs/index.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { LicenceService } from '../documents/licences/service.ts';
import type { CalendarService } from '../workflow/calendar/service.ts';
import type { IntegrationConfig } from './config.ts';
import { publicityAdapter } from './credit/publicity.ts';
import { creditRoutes } from './credit/routes.ts';
import { createCreditService } from './credit/service.ts';
import { createCreditSource } from './credit/source.ts';
import { noticeAdapter } from './notices/dispatch.ts';
import { createMailer } from './notices/email.ts';
import { noticesRoutes } from './notices/routes.ts';
import { createNoticesService } from './notices/service.ts';
import { createSmsSender } from './notices/sms.ts';
import { outboxRoutes } from './outbox/routes.ts';
import { createOutboxAdmin } from './outbox/service.ts';
import { createOutboxWorker, type Deliver, type OutboxWorker } from './outbox/worker.ts';
import { createPlatformClient, platformAdapter, type PlatformClient } from './platform/adapter.ts';
import { createReconciliationService, runReconciliation } from './platform/reconcile.ts';
import { reconciliationRoutes } from './platform/routes.ts';
import { ratingAdapter } from './ratings/adapter.ts';
import { dataRequestRoutes } from './sharing/data-request-routes.ts';
import { createDataRequests } from './sharing/data-requests.ts';
import { licenceSharingRoutes } from './sharing/licence-routes.ts';
import { createLicenceSharing } from './sharing/licences.ts';
import { sharingRoutes } from './sharing/routes.ts';

export interface IntegrationDeps {
  log: { info: (o: object, m: string) => void; warn: (o: object, m: string) => void };
  publicUrl: () => string;
  catalog: CatalogService;
  jobs: JobRunner;
  licences: LicenceService;
  calendar: CalendarService;
  now?: () => Date;
}

export function createIntegration(db: Kysely<DB>, cfg: IntegrationConfig, deps: IntegrationDeps) {
  const timeoutMs = cfg.timeoutMs;
  const platform: PlatformClient | null = cfg.platform ? createPlatformClient({ ...cfg.platform, timeoutMs }) : null;
  const sms = createSmsSender(cfg.sms.gateways, { token: cfg.sms.token, timeoutMs, log: deps.log, callbackUrl: (g) => `${deps.publicUrl()}/api/integration/sms/receipts/${encodeURIComponent(g)}` });
  const mail = createMailer(cfg.smtp.url, cfg.smtp.from);
  const credit = createCreditService(db, createCreditSource(db, cfg.credit ? { ...cfg.credit, timeoutMs } : null));
  const notices = createNoticesService(db);

  const adapters: Record<string, Deliver> = { 'notice.*': noticeAdapter(db, { sms, mail, limits: cfg.limits, log: deps.log }) };
  if (platform) adapters['platform.case'] = platformAdapter(db, platform);
  if (cfg.credit) adapters['credit.publicity'] = publicityAdapter(db, deps.catalog, { ...cfg.credit, timeoutMs });
  if (cfg.rating) adapters['rating.push'] = ratingAdapter(db, { ...cfg.rating, timeoutMs });
  const dataRequests = createDataRequests(db, deps.calendar, { now: deps.now ?? (() => new Date()) });
  const worker: OutboxWorker | null = cfg.workers
    ? createOutboxWorker(db, { adapters, leaseSeconds: cfg.outbox.leaseSeconds, pollMs: cfg.outbox.pollMs, batchSize: cfg.outbox.batchSize, maxAttempts: cfg.outbox.maxAttempts, backoff: cfg.outbox.backoff, log: deps.log })
    : null;

  // Recurring work on the durable job runner (one run per period across instances).
  if (platform) deps.jobs.recurring('integration.platform-reconcile', { dailyAt: cfg.reconcileAt }, async () => void (await runReconciliation(db, platform, { trigger: 'daily', by: 'system' })));
  deps.jobs.recurring('integration.sms-receipt-timeouts', { everyMinutes: 5 }, async () => void (await notices.expireReceipts(cfg.sms.receiptTimeoutMinutes)));
  deps.jobs.recurring('integration.data-requests-overdue', { everyMinutes: cfg.dataRequestOverdueMinutes }, async () => void (await dataRequests.flagOverdue()));

  return {
    platform,
    worker,
    credit,
    notices,
    dataRequests,
    /** For the cases service: the creditClear guard's facts. */
    creditFacts: credit.facts,
    routes: async (app: FastifyInstance) => {
      await app.register(outboxRoutes(createOutboxAdmin(db)));
      await app.register(reconciliationRoutes(createReconciliationService(db, platform)));
      await app.register(noticesRoutes(notices, { gatewayToken: cfg.sms.token }));
      await app.register(creditRoutes(credit));
      await app.register(sharingRoutes(db));
      await app.register(licenceSharingRoutes(db, createLicenceSharing(db, deps.licences)));
      await app.register(dataRequestRoutes(db, dataRequests));
    },
    start() {
      worker?.start();
    },
    async stop() {
      await worker?.stop();
      mail.close();
    },
  };
}

export type Integration = ReturnType<typeof createIntegration>;
