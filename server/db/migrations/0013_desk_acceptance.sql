-- Window desk (帮代办), acceptance numbers (受理编号) and work-queue search.

-- 受理编号, issued once when a case is accepted: 科受字〔year〕第 NNNNNN 号, one sequence per
-- year for the whole department (row-locked counter, so unique and gap-free with several
-- instances; a rolled-back acceptance rolls its number back too).
create table acceptance_number_counter (
  year integer primary key,
  last integer not null
);
alter table case_file add column acceptance_no text unique;

-- Queue search by applicant name is a prefix match (a name typed from its start), served by
-- this index; case numbers use the unique index on case_no, credit codes the enterprise index.
create index case_file_applicant_name on case_file (applicant_name text_pattern_ops, submitted_at);

-- Queue filters (item, deadline status) are checked inside the queue index, so filtered pages
-- and capped counts stay index-only scans (1M cases, 50k in one state: filtered count
-- 100–350 ms → 1–40 ms in a trial; ADR 0008).
drop index case_file_workflow_queue;
create index case_file_workflow_queue on case_file (workflow_key, state, submitted_at) include (item_code, promised_deadline, clock_paused_since);
