// The app listening on a free loopback port, with the bundled identity provider reachable
// at its public URL (the OIDC flow needs real HTTP between relying party and provider).
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { buildApp, type App } from '../../server/app.ts';
import { seedDemoCatalog } from '../../server/modules/catalog/seed/load-demo.ts';
import { seedDemoStaff } from '../../server/modules/identity/idp/seed-staff.ts';
import { seedDemoExperts } from '../../server/modules/experts/seed.ts';
import { seedDemoRatingPoints } from '../../server/modules/feedback/seed.ts';
import { registerWorkflows } from '../../server/modules/workflow/registry.ts';
import { seedCalendar } from '../../server/modules/workflow/calendar/seed.ts';
import type { IntegrationConfig } from '../../server/modules/integration/config.ts';
import { freshDatabase, type EngineName, type TestDatabase } from './databases.ts';
import { TEST_ADMIN_TOKEN, tempFilesDir } from './app.ts';

export interface ListeningApp extends App {
  url: string;
  db: TestDatabase;
  filesDir: string;
  close(): Promise<void>;
}

export async function listeningApp(engine: EngineName, opts: { session?: { idleSeconds: number; maxSeconds: number }; now?: () => Date; maxUploadBytes?: number; integration?: IntegrationConfig } = {}): Promise<ListeningApp> {
  const db = await freshDatabase(engine);
  await seedCalendar(db.database.db); // as server/main.ts does at every start
  let url = '';
  const filesDir = tempFilesDir();
  const built = await buildApp({ database: db.database, adminToken: TEST_ADMIN_TOKEN, logLevel: 'silent', publicUrl: () => url, session: opts.session, now: opts.now, filesDir, maxUploadBytes: opts.maxUploadBytes, integration: opts.integration });
  await built.app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(built.app.server.address() as AddressInfo).port}`;
  await registerWorkflows(db.database.db);
  await seedDemoStaff(built.identity);
  await seedDemoExperts(built.experts);
  await seedDemoCatalog(built.catalog);
  built.integration.start(); // (outbox workers run only when `integration` turns them on)
  await seedDemoRatingPoints(db.database.db);
  return {
    ...built,
    url,
    db,
    filesDir,
    close: async () => {
      await built.app.close();
      await db.drop();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
