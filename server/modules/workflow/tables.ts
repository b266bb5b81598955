import type { Generated, JSONColumnType } from 'kysely';
import type { WorkflowDefinition } from './definition.ts';

export interface WorkflowTables {
  workflow_definition: {
    key: string;
    version: number;
    definition: JSONColumnType<WorkflowDefinition, string, string>;
    created_at: Generated<Date>;
  };
}
