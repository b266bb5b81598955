-- Integration with the government's other systems (issue 6): outbox delivery, provincial
-- platform reconciliation, notices (SMS, e-mail, in-app inbox), credit checks.

-- Outbox delivery: a worker claims due messages with FOR UPDATE SKIP LOCKED and holds a
-- lease (locked_until); a crash leaves the lease to expire and another worker (or the same
-- one after restart) takes the message again. Receivers ignore repeats by idempotency key.
alter table outbox_message
  add column locked_by      text,
  add column locked_until   timestamptz,
  add column discarded_at   timestamptz,
  add column discard_reason text,
  add column discarded_by   text,
  -- Messages of one case to one system go out in order: a later one waits for the earlier.
  add column ordering_key   text generated always as (topic || ':' || coalesce(payload ->> 'caseId', id::text)) stored;
drop index outbox_pending;
create index outbox_pending on outbox_message (available_at, id) where delivered_at is null and dead_at is null and discarded_at is null;
create index outbox_ordering on outbox_message (ordering_key, id) where delivered_at is null and discarded_at is null;
create index outbox_topic_created on outbox_message (topic, created_at desc);

-- Reconciliation with the provincial platform: one stored report per run.
create table platform_reconciliation (
  id          bigserial primary key,
  trigger     text not null,                 -- 'daily' | 'manual'
  started_by  text not null,
  started_at  timestamptz not null default now(),
  finished_at timestamptz,
  checked     integer not null default 0,
  missing     integer not null default 0,    -- not on the platform at all
  stale       integer not null default 0,    -- on the platform, but an older step
  resent      integer not null default 0,
  error       text,
  details     jsonb not null default '[]'::jsonb   -- [{ caseNo, ours, theirs }] (first 500)
);

-- Notices: templates (admin-edited, Chinese), applicants' channel choices, the in-app inbox,
-- and one delivery row per channel with an honest status.
create table notice_template (
  kind          text primary key,
  label         text not null,
  sms_text      text not null,
  email_subject text not null,
  email_body    text not null,
  updated_at    timestamptz not null default now(),
  updated_by    text not null default 'system'
);

create table notice_preference (
  person_id  uuid primary key references person (id),
  sms        boolean not null default true,
  email      boolean not null default false,
  email_address text,
  updated_at timestamptz not null default now()
);

create table notice (
  id          bigserial primary key,
  person_id   uuid not null references person (id),
  case_id     uuid references case_file (id),
  kind        text not null,
  title       text not null,
  body        text not null,
  source_key  text not null unique,            -- the outbox message's idempotency key: one notice per message
  created_at  timestamptz not null default now(),
  read_at     timestamptz
);
create index notice_inbox on notice (person_id, created_at desc);

create table notice_delivery (
  id            bigserial primary key,
  notice_id     bigint not null references notice (id),
  channel       text not null check (channel in ('sms', 'email')),
  address       text not null,                 -- mobile or e-mail (masked when shown)
  -- queued → sent → delivered | failed | unknown (no receipt in time); rate_limited, skipped never sent
  status        text not null check (status in ('queued', 'sent', 'delivered', 'failed', 'unknown', 'rate_limited', 'skipped')),
  gateway       text,
  gateway_msg_id text,
  error         text,
  created_at    timestamptz not null default now(),
  sent_at       timestamptz,
  status_at     timestamptz not null default now(),
  unique (notice_id, channel)
);
create index notice_delivery_gateway on notice_delivery (gateway, gateway_msg_id);
create index notice_delivery_awaiting on notice_delivery (sent_at) where status = 'sent';
create index notice_delivery_rate on notice_delivery (address, created_at);

-- Credit (信用): checks of a case's applicant, with source and time; overrides with reasons;
-- the offline list (严重失信主体 / 失信被执行人) imported from CSV; per-item rules.
create table credit_check (
  id          bigserial primary key,
  case_id     uuid not null references case_file (id),
  stage       text not null,                   -- the transition it was made for (accept, approve, …)
  subject_code text not null,                  -- credit code or ID number
  result      text not null check (result in ('clear', 'listed', 'unavailable')),
  source      text not null,                   -- 'platform' (HTTP) or 'list' (imported CSV)
  entries     jsonb not null default '[]'::jsonb,
  checked_by  text not null,
  checked_at  timestamptz not null default now()
);
create index credit_check_case on credit_check (case_id, id desc);

create table credit_override (
  id          bigserial primary key,
  case_id     uuid not null references case_file (id),
  check_id    bigint not null references credit_check (id),
  reason      text not null,
  by_actor    text not null,
  at          timestamptz not null default now()
);
create index credit_override_case on credit_override (case_id, id desc);

create table credit_list_entry (
  id          bigserial primary key,
  subject_code text not null,
  name        text not null,
  list_kind   text not null check (list_kind in ('serious_dishonesty', 'judgment_defaulter')),
  reason      text,
  listed_on   date,
  authority   text,
  batch       text not null,                   -- import batch (file name + time)
  imported_at timestamptz not null default now(),
  unique (subject_code, list_kind)
);

create table credit_rule (
  item_code   text primary key,
  on_listed   text not null check (on_listed in ('stop', 'flag')),
  updated_at  timestamptz not null default now()
);
