// Tables of the integration module (migration 0012_integration.sql). The outbox table itself
// belongs to the cases module (it is written with every case change); this module adds its
// delivery columns.
import type { Generated, JSONColumnType } from 'kysely';

export interface OutboxDeliveryColumns {
  locked_by: string | null;
  locked_until: Date | null;
  discarded_at: Date | null;
  discard_reason: string | null;
  discarded_by: string | null;
  ordering_key: Generated<string>;
}

export interface IntegrationTables {
  platform_reconciliation: {
    id: Generated<number>;
    trigger: string;
    started_by: string;
    started_at: Generated<Date>;
    finished_at: Date | null;
    checked: Generated<number>;
    missing: Generated<number>;
    stale: Generated<number>;
    resent: Generated<number>;
    error: string | null;
    details: JSONColumnType<Array<{ caseNo: string; ours: number; theirs: number | null }>, string, string>;
  };
  notice_template: {
    kind: string;
    label: string;
    sms_text: string;
    email_subject: string;
    email_body: string;
    updated_at: Generated<Date>;
    updated_by: Generated<string>;
  };
  notice_preference: {
    person_id: string;
    sms: boolean;
    email: boolean;
    email_address: string | null;
    updated_at: Generated<Date>;
  };
  notice: {
    id: Generated<number>;
    person_id: string;
    case_id: string | null;
    kind: string;
    title: string;
    body: string;
    source_key: string;
    created_at: Generated<Date>;
    read_at: Date | null;
  };
  notice_delivery: {
    id: Generated<number>;
    notice_id: number;
    channel: 'sms' | 'email';
    address: string;
    status: 'queued' | 'sent' | 'delivered' | 'failed' | 'unknown' | 'rate_limited' | 'skipped';
    gateway: string | null;
    gateway_msg_id: string | null;
    error: string | null;
    created_at: Generated<Date>;
    sent_at: Date | null;
    status_at: Generated<Date>;
  };
  credit_check: {
    id: Generated<number>;
    case_id: string;
    stage: string;
    subject_code: string;
    result: 'clear' | 'listed' | 'unavailable';
    source: string;
    entries: JSONColumnType<CreditEntry[], string, string>;
    checked_by: string;
    checked_at: Generated<Date>;
  };
  credit_override: {
    id: Generated<number>;
    case_id: string;
    check_id: number;
    reason: string;
    by_actor: string;
    at: Generated<Date>;
  };
  credit_list_entry: {
    id: Generated<number>;
    subject_code: string;
    name: string;
    list_kind: 'serious_dishonesty' | 'judgment_defaulter';
    reason: string | null;
    listed_on: string | null;
    authority: string | null;
    batch: string;
    imported_at: Generated<Date>;
  };
  credit_rule: {
    item_code: string;
    on_listed: 'stop' | 'flag';
    updated_at: Generated<Date>;
  };
}

/** One record on a dishonesty list, as the credit platform or the imported list gives it. */
export interface CreditEntry {
  listKind: 'serious_dishonesty' | 'judgment_defaulter';
  name: string;
  reason: string | null;
  listedOn: string | null;
  authority: string | null;
}

/** Tables of data requests from other departments (migration 0021_data_requests.sql). */
export interface DataRequestTables {
  data_request_counter: { day: string; last: number };
  data_request: {
    id: Generated<string>;
    request_no: string;
    channel: 'api' | 'staff';
    requester_client: string | null;
    requester_org: string;
    contact_name: string;
    contact_phone: string | null;
    subject: string;
    legal_basis: string;
    purpose: string;
    kind: 'direct' | 'approval';
    /** yyyy-MM-dd (dates are read as text). */
    received_on: string;
    deadline: string;
    state: Generated<'received' | 'approved' | 'answered' | 'refused'>;
    answer: string | null;
    refuse_reason: string | null;
    approved_by: string | null;
    approved_at: Date | null;
    closed_by: string | null;
    closed_at: Date | null;
    overdue_at: Date | null;
    created_by: string;
    created_at: Generated<Date>;
    version: Generated<number>;
  };
  data_request_event: {
    id: Generated<number>;
    request_id: string;
    at: Generated<Date>;
    actor: string;
    kind: string;
    note: string | null;
  };
}
