// The shipped workflow definitions, which item uses which, and their storage: each
// (key, version) is written once; a shipped definition that differs from the stored one of
// the same version stops the start (running cases depend on it — ship a new version).
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import { StartupError } from '../../lib/errors.ts';
import type { DB, Queryable } from '../../db/types.ts';
import type { ItemContent } from '../catalog/schema.ts';
import { workflowDefinitionSchema, type WorkflowDefinition } from './definition.ts';
import { genericWorkflow } from './definitions/generic.ts';
import { highTechRecognitionWorkflow } from './definitions/high-tech-recognition.ts';
import { labAnimalLicenceWorkflow } from './definitions/lab-animal-licence.ts';
import { programmeProjectWorkflow } from './definitions/programme-project.ts';

export const SHIPPED: WorkflowDefinition[] = [genericWorkflow, labAnimalLicenceWorkflow, highTechRecognitionWorkflow, programmeProjectWorkflow].map((d) =>
  workflowDefinitionSchema.parse(d),
);

const latest = (key: string) => SHIPPED.filter((d) => d.key === key).sort((a, b) => b.version - a.version)[0]!;

/** The workflow a new case of this item starts with: the latest version of the one its guide names. */
export function workflowForItem(item: ItemContent): WorkflowDefinition {
  return latest(item.workflow ?? 'generic');
}

/** `shipped`: the definitions to register (tests pass a changed one to see the start refused). */
export async function registerWorkflows(db: Kysely<DB>, shipped: WorkflowDefinition[] = SHIPPED): Promise<void> {
  for (const def of shipped) {
    await db
      .insertInto('workflow_definition')
      .values({ key: def.key, version: def.version, definition: JSON.stringify(def) })
      .onConflict((oc) => oc.columns(['key', 'version']).doNothing())
      .execute();
    const stored = await db.selectFrom('workflow_definition').select('definition').where('key', '=', def.key).where('version', '=', def.version).executeTakeFirstOrThrow();
    if (!isDeepStrictEqual(stored.definition, def)) {
      throw new StartupError('WORKFLOW_CHANGED', `流程 ${def.key} 第 ${def.version} 版已在使用且内容不同；修改流程须发布新版本`);
    }
  }
}

const cache = new Map<string, WorkflowDefinition>();

/** A stored definition (immutable, so cached for good). */
export async function loadWorkflow(db: Queryable, key: string, version: number): Promise<WorkflowDefinition> {
  const id = `${key}@${version}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const row = await db.selectFrom('workflow_definition').select('definition').where('key', '=', key).where('version', '=', version).executeTakeFirstOrThrow();
  const def = workflowDefinitionSchema.parse(row.definition);
  cache.set(id, def);
  return def;
}
