import type { Generated } from 'kysely';

export type CalendarSource = 'chinese-days' | 'admin';
/** An exception to "Monday to Friday": a holiday (any day) or a 调休 working weekend day. */
export type DayKind = 'holiday' | 'workday';

export interface CalendarTables {
  calendar_year: {
    year: number;
    source: CalendarSource;
    note: string | null;
    loaded_at: Generated<Date>;
    loaded_by: string | null;
  };
  calendar_day: {
    /** 'YYYY-MM-DD' (dates stay strings on both engines). */
    day: string;
    kind: DayKind;
    name: string;
    year: number;
  };
}
