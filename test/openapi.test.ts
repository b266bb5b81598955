// The OpenAPI document is generated from the route schemas; docs/openapi.json is the
// committed copy that other departments' developers read. It must not go stale:
// regenerate with `UPDATE_OPENAPI=1 npx vitest run test/openapi.test.ts`.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApp, type TestApp } from './support/app.ts';

const FILE = path.resolve(import.meta.dirname, '../docs/openapi.json');
let t: TestApp;
beforeAll(async () => {
  t = await testApp('pglite');
});
afterAll(async () => t.close());

it('docs/openapi.json matches the routes', async () => {
  await t.app.ready();
  const generated = JSON.stringify(t.app.swagger(), null, 2) + '\n';
  if (process.env.UPDATE_OPENAPI) await fs.writeFile(FILE, generated);
  const committed = await fs.readFile(FILE, 'utf8').catch(() => '');
  expect(committed, 'docs/openapi.json is stale: run UPDATE_OPENAPI=1 npx vitest run test/openapi.test.ts').toBe(generated);
});
