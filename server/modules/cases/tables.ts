import type { Generated, JSONColumnType } from 'kysely';

export interface CaseTables {
  case_number_counter: { item_code: string; day: string; last: number };
  case_file: {
    id: Generated<string>;
    case_no: string;
    item_code: string;
    item_version: number;
    item_name: string;
    workflow_key: string;
    workflow_version: number;
    state: string;
    version: Generated<number>;
    applicant_person_id: string;
    applicant_enterprise_id: string | null;
    applicant_type: string;
    applicant_name: string;
    channel: Generated<string>;
    on_behalf_by: string | null;
    form: JSONColumnType<Record<string, unknown>, string, string>;
    idempotency_key: string;
    submitted_at: Generated<Date>;
    accepted_at: Date | null;
    concluded_at: Date | null;
    conclusion: string | null;
    updated_at: Generated<Date>;
    promised_days: number | null;
    statutory_days: number | null;
    promised_deadline: string | null;
    statutory_deadline: string | null;
    clock_paused_since: string | null;
    suspended_working_days: Generated<number>;
  };
  case_event: {
    id: Generated<number>;
    case_id: string;
    at: Generated<Date>;
    actor: string;
    kind: string;
    transition: string | null;
    from_state: string | null;
    to_state: string | null;
    step_result: string | null;
    opinion: string | null;
    data: JSONColumnType<Record<string, unknown>, string, string>;
  };
  outbox_message: {
    id: Generated<number>;
    topic: string;
    idempotency_key: string;
    payload: JSONColumnType<Record<string, unknown>, string, string>;
    created_at: Generated<Date>;
    available_at: Generated<Date>;
    attempts: Generated<number>;
    delivered_at: Date | null;
    dead_at: Date | null;
    last_error: string | null;
  };
}

export interface CaseMaterialTables {
  case_material: {
    id: Generated<string>;
    case_id: string;
    material_index: number;
    kind: 'upload' | 'commitment' | 'tolerance';
    file_sha256: string | null;
    file_name: string | null;
    content_type: string | null;
    size_bytes: number | null;
    uploaded_by: string;
    uploaded_at: Generated<Date>;
    replaced_at: Date | null;
    /** 免提交: the earlier case (and its material index) whose file this row reuses. */
    reused_from_case_id: Generated<string | null>;
    reused_from_index: Generated<number | null>;
    /** 容缺: the date the tolerated material must be supplied by (set at acceptance). */
    supply_deadline: Generated<string | null>;
  };
}
