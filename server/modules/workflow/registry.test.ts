// Shipping workflow versions: a database from the first release (version 1 of every shipped
// workflow stored, its cases running on it) starts with version 2 beside it; new cases take
// the latest version, old ones still read theirs; a shipped version edited in place is refused.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { engines, freshDatabase, type TestDatabase } from '../../../test/support/databases.ts';
import { StartupError } from '../../lib/errors.ts';
import { workflowDefinitionSchema, type WorkflowDefinition } from './definition.ts';
import { loadWorkflow, registerWorkflows, SHIPPED, workflowForItem } from './registry.ts';

/** The four definitions as the first release (2026-11-23) stored them. */
const RELEASE_1: WorkflowDefinition[] = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/workflows-v1.json'), 'utf8'));

describe.each(engines)('workflow versions on %s', (engine) => {
  let db: TestDatabase;
  afterEach(async () => db?.drop());

  it('starts a first-release database with the new versions beside the old ones', async () => {
    db = await freshDatabase(engine);
    const k = db.database.db;
    for (const def of RELEASE_1) await k.insertInto('workflow_definition').values({ key: def.key, version: def.version, definition: JSON.stringify(def) }).execute();

    await registerWorkflows(k);

    const rows = await k.selectFrom('workflow_definition').select(['key', 'version']).orderBy('key').orderBy('version').execute();
    expect(rows).toEqual(SHIPPED.flatMap((d) => [{ key: d.key, version: 1 }, { key: d.key, version: d.version }]).sort((a, b) => a.key.localeCompare(b.key) || a.version - b.version));
    for (const old of RELEASE_1) {
      const loaded = await loadWorkflow(k, old.key, 1);
      expect(Object.keys(loaded.states).sort()).toEqual(Object.keys(old.states).sort());
      expect(loaded).toEqual(workflowDefinitionSchema.parse(old));
    }
    // (high-tech-recognition is at version 3: its 认定 issues the 高新技术企业认定通知书)
    expect(workflowForItem({ workflow: 'high-tech-recognition' } as never).version).toBe(3);
    expect(SHIPPED.map((d) => [d.key, d.version])).toEqual([['generic', 2], ['lab-animal-licence', 2], ['high-tech-recognition', 3], ['programme-project', 2]]);
  });

  it('refuses to start when a stored version was edited in place', async () => {
    db = await freshDatabase(engine);
    const k = db.database.db;
    await registerWorkflows(k);
    const edited = structuredClone(SHIPPED[0]!);
    edited.name = `${edited.name}（改）`;
    const refused = await registerWorkflows(k, [edited]).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(StartupError);
    expect((refused as StartupError).code).toBe('WORKFLOW_CHANGED');
    await registerWorkflows(k); // the shipped ones are still accepted
  });
});
