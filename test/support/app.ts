// An app on a fresh database, driven through app.inject (no network).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, type App } from '../../server/app.ts';
import { seedCalendar } from '../../server/modules/workflow/calendar/seed.ts';
import { freshDatabase, type EngineName, type TestDatabase } from './databases.ts';

export const TEST_ADMIN_TOKEN = 'test-admin-token-123';
export const adminHeaders = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

export interface TestApp extends App {
  db: TestDatabase;
  close(): Promise<void>;
}

/** `now`: the app's clock (deadlines, jobs); tests move it to cross holidays and deadlines. */
export async function testApp(engine: EngineName, opts: { now?: () => Date } = {}): Promise<TestApp> {
  const db = await freshDatabase(engine);
  await seedCalendar(db.database.db); // as server/main.ts does at every start
  const filesDir = tempFilesDir();
  const built = await buildApp({ database: db.database, adminToken: TEST_ADMIN_TOKEN, logLevel: 'silent', filesDir, now: opts.now });
  return {
    ...built,
    db,
    close: async () => {
      await built.app.close();
      await db.drop();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** A fresh directory for the app's file store (removed by the caller). */
export function tempFilesDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kzt-files-'));
}
