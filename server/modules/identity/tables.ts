import type { Generated, JSONColumnType } from 'kysely';

export type SubjectType = 'natural' | 'legal' | 'staff';
import type { RoleScope, StaffRole } from './roles.ts';

export type { RoleScope, StaffRole };

export interface IdentityTables {
  person: { id: Generated<string>; id_number: string; name: string; mobile: string | null; created_at: Generated<Date>; updated_at: Generated<Date> };
  enterprise: {
    id: Generated<string>; credit_code: string; name: string; legal_representative: string | null; address: string | null;
    created_at: Generated<Date>; updated_at: Generated<Date>;
  };
  enterprise_handler: { enterprise_id: string; person_id: string; role: 'legal_representative' | 'handler'; last_seen_at: Generated<Date> };
  staff: { person_id: string; staff_no: string; office: string; active: Generated<boolean>; created_at: Generated<Date> };
  staff_role: { person_id: string; role: StaffRole; scope: JSONColumnType<RoleScope, string, string> };
  login_attempt: {
    state: string; nonce: string; code_verifier: string; browser_hash: string; return_to: string;
    created_at: Generated<Date>; expires_at: Date; used_at: Date | null;
  };
  session: {
    id: string; person_id: string; subject_type: SubjectType; enterprise_id: string | null; csrf_token: string;
    id_token: string | null; ip: string | null; user_agent: string | null;
    created_at: Generated<Date>; last_seen_at: Generated<Date>; expires_at: Date; revoked_at: Date | null;
  };
}
