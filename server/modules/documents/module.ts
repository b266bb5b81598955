// The documents module's seals, sealed documents and licences, wired once for the app.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { FileStore } from '../../lib/files/file-store.ts';
import { licenceRoutes } from './licences/routes.ts';
import { createLicenceService } from './licences/service.ts';
import { createDocumentService, queueAutomaticSeal } from './seals/documents.ts';
import { createKeyVault } from './seals/key-vault.ts';
import { sealRoutes } from './seals/routes.ts';
import { createSealService } from './seals/service.ts';
import { startDocumentWorker } from './seals/worker.ts';
import type { Queryable } from '../../db/types.ts';
import type { Transition } from '../workflow/definition.ts';
import type { PdfWorkerPool } from './pdf-worker/pool.ts';

export interface DocumentsOptions {
  masterKey: Buffer;
  files: FileStore;
  /** The PDF worker thread shared with stamping: sealed documents are laid out and signed there. */
  pool: PdfWorkerPool;
  publicUrl: () => string;
  now?: () => Date;
  log?: { warn(obj: unknown, msg: string): void };
  workerIntervalMs?: number;
}

export function createDocumentsModule(db: Kysely<DB>, opts: DocumentsOptions) {
  const vault = createKeyVault(opts.masterKey);
  const seals = createSealService(db, { vault, now: opts.now });
  const licences = createLicenceService(db, { vault, now: opts.now, publicUrl: opts.publicUrl });
  const documents = createDocumentService(db, { seals, licences, files: opts.files, pool: opts.pool, now: opts.now });
  const worker = startDocumentWorker(db, documents, { intervalMs: opts.workerIntervalMs, log: opts.log });
  return {
    seals,
    licences,
    documents,
    worker,
    /** The cases module's transition hook: queue the automatic seal in the step's transaction. */
    onTransition: (tx: Queryable, e: { caseId: string; version: number; transition: Transition }) =>
      queueAutomaticSeal(tx, { caseId: e.caseId, version: e.version, document: e.transition.document }),
    routes: async (app: FastifyInstance) => {
      await app.register(sealRoutes(seals, documents));
      await app.register(licenceRoutes(licences, documents));
    },
    stop: () => worker.stop(),
  };
}

export type DocumentsModule = ReturnType<typeof createDocumentsModule>;
