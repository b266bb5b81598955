import type { Generated } from 'kysely';

export interface SupervisionTables {
  reform_task_import: { id: Generated<string>; file_name: string; sha256: string; tasks: number; imported_by: string; imported_at: Generated<Date> };
  reform_task: {
    id: Generated<string>;
    import_id: string | null;
    source_row: number | null;
    action: string | null;
    title: string;
    content: string;
    lead_office: string;
    responsible_offices: string[];
    leader: string | null;
    deadline: string | null;
    rhythm: 'monthly' | null;
    state: Generated<'open' | 'closed'>;
    last_report_at: Date | null;
    last_reminded_at: Date | null;
    closed_at: Date | null;
    closed_by: string | null;
    close_note: string | null;
    version: Generated<number>;
    created_by: string;
    created_at: Generated<Date>;
  };
  reform_task_report: {
    id: Generated<string>;
    task_id: string;
    office: string;
    progress: string;
    evidence_sha256: string | null;
    evidence_name: string | null;
    evidence_type: string | null;
    reported_by: string;
    reported_at: Generated<Date>;
  };
  reform_task_event: { id: Generated<number>; task_id: string; at: Generated<Date>; actor: string; kind: string; note: string | null };
}

/** 数据看板 roll-ups, kept by triggers (migration 0022). */
export interface DashboardTables {
  dashboard_case_day: {
    day: string;
    office: string;
    item_code: string;
    received: number;
    received_online: number;
    accepted: number;
    concluded: number;
    concluded_timed: number;
    concluded_late: number;
    used_known: number;
    used_days: string;
    promised_days: string;
    statutory_known: number;
    statutory_days: string;
    used_statutory_days: string;
    avoided_reuse: number;
    avoided_commitment: number;
    avoided_licence: number;
  };
  dashboard_rating_day: {
    day: string;
    office: string;
    item_code: string;
    level5: number;
    level4: number;
    level3: number;
    level2: number;
    level1: number;
    followups: number;
    rectified: number;
    confirmed: number;
  };
}
