import type { Generated, JSONColumnType } from 'kysely';

export interface JobTables {
  job: {
    id: Generated<number>;
    kind: string;
    key: string;
    payload: JSONColumnType<Record<string, unknown>, string, string>;
    run_at: Date;
    attempts: Generated<number>;
    max_attempts: Generated<number>;
    locked_by: string | null;
    locked_until: Date | null;
    last_error: string | null;
    created_at: Generated<Date>;
    done_at: Date | null;
    dead_at: Date | null;
  };
}
