import type { Generated, JSONColumnType } from 'kysely';

export interface AuditTables {
  audit_event: {
    id: Generated<number>;
    at: Generated<Date>;
    actor: string;
    action: string;
    subject_type: string;
    subject_id: string;
    data: JSONColumnType<Record<string, unknown>, string, string>;
  };
}
