import type { Generated, JSONColumnType } from 'kysely';
import type { ExpertCategory, Recommendation } from './categories.ts';
import type { ExpertRule } from './rules.ts';

export interface ExpertRelation {
  creditCode: string | null;
  name: string;
  note?: string;
}

export interface ExpertTables {
  expert_profile: {
    person_id: string;
    category: ExpertCategory;
    fields: JSONColumnType<string[], string, string>;
    unit_name: string;
    unit_credit_code: string | null;
    relations: JSONColumnType<ExpertRelation[], string, string>;
    active: Generated<boolean>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  case_expert_panel: {
    id: Generated<string>;
    case_id: string;
    state: string;
    method: 'draw' | 'manual';
    rule: JSONColumnType<ExpertRule, string, string>;
    draw: JSONColumnType<Record<string, unknown>, string | null, string | null> | null;
    created_by: string;
    created_at: Generated<Date>;
    closed_at: Date | null;
    close_reason: 'step_closed' | 'replaced' | null;
  };
  case_expert_review: {
    panel_id: string;
    case_id: string;
    expert_person_id: string;
    category: ExpertCategory;
    opinion: string | null;
    score: number | null;
    recommendation: Recommendation | null;
    answered_at: Date | null;
    updated_at: Date | null;
  };
}
