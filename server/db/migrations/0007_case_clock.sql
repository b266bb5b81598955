-- The case clock stops in states whose clock is 'paused' (e.g. publicity, expert review where
-- the item excludes it) and restarts after; suspended working days push the deadlines back.
alter table case_file add column clock_paused_since date;
alter table case_file add column suspended_working_days integer not null default 0;
