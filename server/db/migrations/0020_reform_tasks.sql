-- 督办: reform tasks from the notices' task tables (imported or created by hand), progress
-- reports with evidence from the offices, reminders, and close-out (销号) on record.

create table reform_task_import (
  id         uuid primary key default gen_random_uuid(),
  file_name  text not null,
  sha256     text not null unique,        -- the same table imported twice makes no second set of tasks
  tasks      integer not null,
  imported_by text not null,
  imported_at timestamptz not null default now()
);

create table reform_task (
  id                  uuid primary key default gen_random_uuid(),
  import_id           uuid references reform_task_import (id),
  source_row          integer,
  action              text,                 -- 专项行动 / 事项
  title               text not null,
  content             text not null,
  lead_office         text not null,
  responsible_offices text[] not null default '{}',
  leader              text,
  deadline            date,                 -- null: 立行立改，长期坚持 (reports on a rhythm)
  rhythm              text check (rhythm in ('monthly')),
  state               text not null default 'open' check (state in ('open', 'closed')),
  last_report_at      timestamptz,
  last_reminded_at    timestamptz,
  closed_at           timestamptz,
  closed_by           text,
  close_note          text,
  version             integer not null default 1,
  created_by          text not null,
  created_at          timestamptz not null default now(),
  check ((deadline is null) = (rhythm is not null)),
  check ((state = 'closed') = (closed_at is not null))
);
create index reform_task_state on reform_task (state, deadline);

create table reform_task_report (
  id           uuid primary key default gen_random_uuid(),
  task_id      uuid not null references reform_task (id),
  office       text not null,
  progress     text not null,
  evidence_sha256 text check (evidence_sha256 ~ '^[0-9a-f]{64}$'),
  evidence_name text,
  evidence_type text,
  reported_by  text not null,
  reported_at  timestamptz not null default now()
);
create index reform_task_report_of on reform_task_report (task_id, reported_at);

create table reform_task_event (
  id      bigserial primary key,
  task_id uuid not null references reform_task (id),
  at      timestamptz not null default now(),
  actor   text not null,
  kind    text not null,        -- created, imported, reported, reminded, closed
  note    text
);
create index reform_task_event_of on reform_task_event (task_id, id);
create trigger reform_task_event_no_change before update or delete on reform_task_event
  for each row execute function audit_event_append_only();
