import type { Generated } from 'kysely';
import type { DocumentKind } from '../../workflow/definition.ts';

export interface SealTables {
  seal: {
    id: Generated<string>;
    name: string;
    image_type: 'png' | 'pdf';
    image: Buffer;
    cert_pem: string;
    cert_subject: string;
    cert_serial: string;
    cert_not_before: Date;
    cert_not_after: Date;
    cert_sha256: string;
    key_ciphertext: Buffer;
    allowed_roles: string[];
    allowed_items: string[];
    active: Generated<boolean>;
    created_by: string;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  seal_master_check: { id: number; ciphertext: Buffer; created_at: Generated<Date> };
  case_document: {
    id: Generated<string>;
    case_id: string;
    kind: DocumentKind;
    title: string;
    source: string;
    seal_id: string;
    file_sha256: string;
    size_bytes: number;
    automatic: boolean;
    issued_by: string;
    issued_at: Generated<Date>;
    delivered_at: Date | null;
    first_downloaded_at: Date | null;
  };
  seal_usage: {
    id: Generated<number>;
    seal_id: string;
    at: Generated<Date>;
    actor: string;
    automatic: boolean;
    document_id: string;
    case_id: string;
    kind: string;
    file_sha256: string;
  };
}
