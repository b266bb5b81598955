import type { Generated, JSONColumnType } from 'kysely';

export interface FeedbackTables {
  rating_point: { code: string; kind: 'window' | 'office'; name: string; office: string; active: Generated<boolean>; created_at: Generated<Date> };
  rating: {
    id: Generated<string>;
    case_id: string | null;
    point_code: string | null;
    visit_key: string | null;
    round: Generated<number>;
    channel: string;
    level: number;
    indicators: JSONColumnType<Record<string, number>, string, string>;
    tags: string[];
    comment: string | null;
    anonymous: boolean;
    rater_person_id: string | null;
    rater_name: string | null;
    rater_phone: string | null;
    office: string;
    item_code: string | null;
    item_name: string | null;
    rated_at: Generated<Date>;
  };
  rating_addition: { id: Generated<number>; rating_id: string; comment: string; at: Generated<Date> };
  rating_followup: {
    id: Generated<string>;
    rating_id: string;
    office: string;
    state: 'open' | 'called_back' | 'rectified' | 'confirmed' | 'disputed' | 'withdrawn';
    deadline: string;
    callback_note: string | null;
    problem: string | null;
    action_taken: string | null;
    applicant_note: string | null;
    escalated_at: Date | null;
    version: Generated<number>;
    opened_at: Generated<Date>;
    closed_at: Date | null;
  };
  rating_followup_event: {
    id: Generated<number>;
    followup_id: string;
    at: Generated<Date>;
    actor: string;
    kind: string;
    from_state: string | null;
    to_state: string | null;
    note: string | null;
  };
  rating_appeal: {
    id: Generated<string>;
    rating_id: string;
    office: string;
    reason: string;
    filed_by: string;
    filed_at: Generated<Date>;
    state: Generated<'pending' | 'upheld' | 'rejected'>;
    decided_by: string | null;
    decided_at: Date | null;
    decision_note: string | null;
  };
}

export interface InquiryTables {
  inquiry_counter: { kind: string; day: string; last: number };
  inquiry: {
    id: Generated<string>;
    tracking_no: string;
    kind: 'consult' | 'complaint' | 'mailbox';
    subject: string;
    content: string;
    item_code: string | null;
    sender_person_id: string | null;
    sender_name: string;
    sender_phone: string | null;
    office: string;
    first_handler: string | null;
    state: Generated<'open' | 'in_progress' | 'answered'>;
    deadline: string;
    answer: string | null;
    answered_by: string | null;
    answered_at: Date | null;
    public: Generated<boolean>;
    escalated_at: Date | null;
    version: Generated<number>;
    created_at: Generated<Date>;
  };
  inquiry_event: {
    id: Generated<number>;
    inquiry_id: string;
    at: Generated<Date>;
    actor: string;
    kind: string;
    note: string | null;
    data: JSONColumnType<Record<string, unknown>, string, string>;
  };
}
