import type { Generated } from 'kysely';

export interface MetaTables {
  schema_migrations: { version: number; name: string; checksum: string; applied_at: Generated<Date> };
}
