-- 咨询、投诉、局长信箱: messages from anyone, each with a tracking number, routed to an office
-- (首问负责: the first person who takes it up stays answerable, even after forwarding), answered
-- within working days; answers the office marks public join the item's questions and answers.

create table inquiry_counter (
  kind text not null,
  day  text not null,          -- yyyyMMdd
  last integer not null,
  primary key (kind, day)
);

create table inquiry (
  id              uuid primary key default gen_random_uuid(),
  tracking_no     text not null unique,           -- ZX/TS/JZ + yyyyMMdd + 4-digit serial
  kind            text not null check (kind in ('consult', 'complaint', 'mailbox')),
  subject         text not null,
  content         text not null,
  item_code       text,
  sender_person_id uuid references person (id),
  sender_name     text not null,
  sender_phone    text,
  office          text not null,                   -- the office it is routed to now
  first_handler   uuid references person (id),     -- 首问负责人
  state           text not null default 'open' check (state in ('open', 'in_progress', 'answered')),
  deadline        date not null,
  answer          text,
  answered_by     uuid references person (id),
  answered_at     timestamptz,
  public          boolean not null default false,   -- shown with the item's questions and answers
  escalated_at    timestamptz,
  version         integer not null default 1,
  created_at      timestamptz not null default now(),
  check (sender_person_id is not null or sender_phone is not null),
  check ((state = 'answered') = (answer is not null)),
  check (not public or (state = 'answered' and item_code is not null))
);
create index inquiry_office on inquiry (office, state, deadline);
create index inquiry_sender on inquiry (sender_person_id, created_at desc);
create index inquiry_public on inquiry (item_code, answered_at desc) where public;

create table inquiry_event (
  id         bigserial primary key,
  inquiry_id uuid not null references inquiry (id),
  at         timestamptz not null default now(),
  actor      text not null,
  kind       text not null,          -- submitted, claimed, forwarded, answered, published, escalated
  note       text,
  data       jsonb not null default '{}'::jsonb
);
create index inquiry_event_of on inquiry_event (inquiry_id, id);
create trigger inquiry_event_no_change before update or delete on inquiry_event
  for each row execute function audit_event_append_only();
