// The built web app is served beside the API: client-side routes get the app shell,
// a missing asset or API route is a real 404 (never the shell with status 200).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp, type App } from '../app.ts';
import { freshDatabase, type TestDatabase } from '../../test/support/databases.ts';

let db: TestDatabase;
let built: App;
let dist: string;
beforeAll(async () => {
  dist = await fs.mkdtemp(path.join(os.tmpdir(), 'kzt-dist-'));
  await fs.mkdir(path.join(dist, 'assets'));
  await fs.writeFile(path.join(dist, 'index.html'), '<!doctype html><title>科政通</title>');
  await fs.writeFile(path.join(dist, 'assets', 'app-1.js'), 'console.log(1)');
  db = await freshDatabase('pglite');
  built = await buildApp({ database: db.database, adminToken: 'test-admin-token', webDist: dist, filesDir: path.join(dist, 'files') });
});
afterAll(async () => {
  await built.app.close();
  await db.drop();
  await fs.rm(dist, { recursive: true, force: true });
});

it('serves the shell for client routes and files that exist, even ones added after start', async () => {
  const get = (url: string) => built.app.inject({ method: 'GET', url });
  for (const url of ['/', '/items?q=x', '/items/113400000030028100200017200100 0/print'.replace(' ', ''), '/admin/items']) {
    const res = await get(url);
    expect(res.statusCode, url).toBe(200);
    expect(res.body, url).toContain('<title>科政通</title>');
  }
  expect((await get('/assets/app-1.js')).body).toBe('console.log(1)');
  await fs.writeFile(path.join(dist, 'assets', 'app-2.js'), 'console.log(2)');
  expect((await get('/assets/app-2.js')).body).toBe('console.log(2)');
});

it('answers a missing asset or API route with a JSON 404', async () => {
  for (const url of ['/assets/gone-123.js', '/favicon-missing.png', '/api/nope']) {
    const res = await built.app.inject({ method: 'GET', url });
    expect(res.statusCode, url).toBe(404);
    expect(res.json().code, url).toBe('ROUTE_NOT_FOUND');
  }
});
