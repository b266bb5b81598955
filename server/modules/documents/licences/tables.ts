import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface LicenceScope {
  species: string[];
  grade: string;
  facilityAddress: string;
}

export interface LicenceTables {
  licence_signing_key: { key_id: string; public_key: string; key_ciphertext: Buffer; active: Generated<boolean>; created_at: Generated<Date> };
  licence_number_counter: { prefix: string; year: number; last: number };
  licence: {
    id: Generated<string>;
    licence_no: string;
    kind: 'production' | 'use';
    case_id: string;
    item_code: string;
    holder_name: string;
    holder_code: string;
    holder_code_type: '001' | '111';
    holder_person_id: string;
    holder_enterprise_id: string | null;
    scope: JSONColumnType<LicenceScope, string, string>;
    /** yyyy-MM-dd (read as text: see the type parser in server/db/connect.ts). */
    issue_date: ColumnType<string, string, string>;
    valid_until: ColumnType<string, string, string>;
    status: Generated<'valid' | 'revoked'>;
    revoked_at: Date | null;
    revoked_by: string | null;
    revoke_reason: string | null;
    key_id: string;
    code: string;
    document_id: string | null;
    issued_at: Generated<Date>;
  };
}
