-- Cases (办件), their timeline, case-number counters, workflow definitions, and the outbox.
-- Every state change of a case is one transaction: the case row (optimistic version check),
-- its event, and any outbox messages.

-- Versioned workflow definitions (data, not code); a case keeps the version it started with.
create table workflow_definition (
  key        text not null,
  version    integer not null,
  definition jsonb not null,
  created_at timestamptz not null default now(),
  primary key (key, version)
);

-- Daily serials per item for readable, unique case numbers across instances.
create table case_number_counter (
  item_code text not null,
  day       text not null,   -- yyyyMMdd
  last      integer not null,
  primary key (item_code, day)
);

create table case_file (
  id                uuid primary key default gen_random_uuid(),
  case_no           text not null unique,            -- 办件编号: 实施编码 + yyyyMMdd + 4-digit serial
  item_code         text not null,
  item_version      integer not null,
  item_name         text not null,
  workflow_key      text not null,
  workflow_version  integer not null,
  state             text not null,
  version           integer not null default 1,      -- optimistic lock, +1 at every change
  applicant_person_id  uuid not null references person (id),
  applicant_enterprise_id uuid references enterprise (id),
  applicant_type    text not null check (applicant_type in ('1', '2', '3', '4', '5', '6', '9')), -- 申请人类型
  applicant_name    text not null,
  channel           text not null default '1',       -- 0 窗口, 1 网上
  on_behalf_by      uuid references person (id),     -- 帮代办: the clerk who submitted it
  form              jsonb not null,
  idempotency_key   text not null,
  submitted_at      timestamptz not null default now(),
  accepted_at       timestamptz,
  concluded_at      timestamptz,
  conclusion        text,                             -- 办结结果 code
  updated_at        timestamptz not null default now(),
  foreign key (workflow_key, workflow_version) references workflow_definition (key, version)
);
-- A retried submission (same applicant, same key) finds the first case instead of making another.
create unique index case_file_idempotency on case_file (applicant_person_id, idempotency_key);
create index case_file_applicant on case_file (applicant_person_id, submitted_at desc);
create index case_file_enterprise on case_file (applicant_enterprise_id, submitted_at desc);
create index case_file_queue on case_file (state, item_code, submitted_at);

-- The case's timeline (全过程留痕): append-only, one row per step.
create table case_event (
  id          bigserial primary key,
  case_id     uuid not null references case_file (id),
  at          timestamptz not null default now(),
  actor       text not null,
  kind        text not null,                 -- submitted, transition, …
  transition  text,
  from_state  text,
  to_state    text,
  step_result text,                          -- national step result code (0 不同意 … 7 退回)
  opinion     text,
  data        jsonb not null default '{}'::jsonb
);
create index case_event_case on case_event (case_id, id);
create trigger case_event_no_change before update or delete on case_event
  for each row execute function audit_event_append_only();

-- Messages to other systems, written in the same transaction as the change that causes them.
create table outbox_message (
  id              bigserial primary key,
  topic           text not null,
  idempotency_key text not null unique,
  payload         jsonb not null,
  created_at      timestamptz not null default now(),
  available_at    timestamptz not null default now(),
  attempts        integer not null default 0,
  delivered_at    timestamptz,
  dead_at         timestamptz,
  last_error      text
);
create index outbox_pending on outbox_message (available_at) where delivered_at is null and dead_at is null;
