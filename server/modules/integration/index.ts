// The integration module put together: outbox worker with one adapter per topic, the routes.
// server/app.ts creates it; server/main.ts starts the stand-ins first when configured so.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { IntegrationConfig } from './config.ts';
import { outboxRoutes } from './outbox/routes.ts';
import { createOutboxAdmin } from './outbox/service.ts';
import { createOutboxWorker, type Deliver, type OutboxWorker } from './outbox/worker.ts';
import { createPlatformClient, platformAdapter, type PlatformClient } from './platform/adapter.ts';

export interface IntegrationDeps {
  log: { info: (o: object, m: string) => void; warn: (o: object, m: string) => void };
  publicUrl: () => string;
  now?: () => Date;
}

export function createIntegration(db: Kysely<DB>, cfg: IntegrationConfig, deps: IntegrationDeps) {
  const platform: PlatformClient | null = cfg.platform ? createPlatformClient({ ...cfg.platform, timeoutMs: cfg.timeoutMs }) : null;
  const adapters: Record<string, Deliver> = {};
  if (platform) adapters['platform.case'] = platformAdapter(db, platform);
  const worker: OutboxWorker | null = cfg.workers
    ? createOutboxWorker(db, { adapters, leaseSeconds: cfg.outbox.leaseSeconds, pollMs: cfg.outbox.pollMs, batchSize: cfg.outbox.batchSize, maxAttempts: cfg.outbox.maxAttempts, backoff: cfg.outbox.backoff, log: deps.log })
    : null;
  const outbox = createOutboxAdmin(db);

  return {
    platform,
    worker,
    routes: async (app: FastifyInstance) => {
      await app.register(outboxRoutes(outbox));
    },
    start() {
      worker?.start();
    },
    async stop() {
      await worker?.stop();
    },
  };
}

export type Integration = ReturnType<typeof createIntegration>;
