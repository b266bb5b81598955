-- Durable jobs (server/lib/jobs): timers, notices and other work done later, once, even with
-- several app instances on one database. A job is claimed with FOR UPDATE SKIP LOCKED and a
-- lease (locked_until); a runner that dies mid-job leaves it to be claimed again once the
-- lease ends. `key` is unique: enqueueing the same key twice makes one job (recurring jobs
-- use one key per period).
create table job (
  id            bigserial primary key,
  kind          text not null,
  key           text not null unique,
  payload       jsonb not null default '{}'::jsonb,
  run_at        timestamptz not null,
  attempts      integer not null default 0,       -- claims so far (a crash counts as one)
  max_attempts  integer not null default 5 check (max_attempts >= 1),
  locked_by     text,
  locked_until  timestamptz,
  last_error    text,
  created_at    timestamptz not null default now(),
  done_at       timestamptz,
  dead_at       timestamptz                        -- gave up after max_attempts; kept for people to look at
);
create index job_due on job (run_at, id) where done_at is null and dead_at is null;
create index job_dead on job (dead_at) where dead_at is not null;

-- Case timers (server/modules/cases/deadlines*.ts): warnings before the promised deadline,
-- the overdue mark after it, extensions (延期), and the supervisors' daily summary.
alter table case_file add column deadline_warned_level integer;            -- smallest "n working days left" warning sent …
alter table case_file add column deadline_warned_for date;                 -- … for this promised deadline (a moved deadline is warned about afresh)
alter table case_file add column overdue_since date;                       -- first day (China) past the promised deadline; null when not overdue
alter table case_file add column extended_working_days integer not null default 0;
alter table case_file add column extension_count integer not null default 0;
create index case_file_overdue on case_file (item_code) where overdue_since is not null and concluded_at is null;

create table deadline_report (
  day          date primary key,                -- the China day it describes
  generated_at timestamptz not null default now(),
  items        jsonb not null,                  -- [{ itemCode, itemName, running, warned, overdue }]
  totals       jsonb not null                   -- { running, warned, overdue }
);
