import type { Generated } from 'kysely';

export interface StampingTables {
  case_application_pdf: {
    id: Generated<string>;
    case_id: string;
    kind: 'application';
    version: number;
    status: Generated<'pending' | 'building' | 'ready' | 'failed'>;
    watermark: string;
    qr: boolean;
    reason: string;
    sha256: string | null;
    content_sha256: string | null;
    pages: number | null;
    size_bytes: number | null;
    attempts: Generated<number>;
    last_error: string | null;
    created_at: Generated<Date>;
    claimed_at: Date | null;
    ready_at: Date | null;
  };
  document_secret: { id: number; secret: Buffer; created_at: Generated<Date> };
}
