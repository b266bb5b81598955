import type { Generated } from 'kysely';

export interface PaperTables {
  paper_batch: {
    id: Generated<string>;
    batch_no: string;
    status: Generated<'open' | 'mailed' | 'received'>;
    created_by: string;
    created_at: Generated<Date>;
    courier: string | null;
    tracking_no: string | null;
    mailed_by: string | null;
    mailed_at: Date | null;
    received_by: string | null;
    received_at: Date | null;
  };
  paper_batch_item: {
    id: Generated<number>;
    batch_id: string;
    case_id: string;
    document_version: number;
    pages: number;
    added_by: string;
    added_at: Generated<Date>;
    outcome: Generated<'expected' | 'received' | 'missing' | 'unexpected'>;
    checked_by: string | null;
    checked_at: Date | null;
  };
}
