// The stamping and paper-intake routes, composed for server/app.ts.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { paperRoutes } from '../paper/routes.ts';
import { createPaperService, type PaperDeps } from '../paper/service.ts';
import { stampingRoutes } from './routes.ts';

export function documentsRoutes(db: Kysely<DB>, deps: PaperDeps) {
  return async (app: FastifyInstance) => {
    await app.register(stampingRoutes(deps.stamping));
    await app.register(paperRoutes(createPaperService(db, deps)));
  };
}
