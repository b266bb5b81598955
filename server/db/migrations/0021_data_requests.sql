-- Data requests from other departments (部门间数据共享申请): what is asked, on what legal
-- basis and for what purpose, due in 3 working days (data the system can give directly) or
-- 10 (data needing approval), answered, approved or refused by staff, polled by the requester.

create table data_request_counter (
  day  text primary key,          -- yyyyMMdd
  last integer not null
);

create table data_request (
  id              uuid primary key default gen_random_uuid(),
  request_no      text not null unique,            -- SJ + yyyyMMdd + 4-digit serial
  channel         text not null check (channel in ('api', 'staff')),
  requester_client text,                           -- the program (client id) that sent it, if by API
  requester_org   text not null,                   -- 申请单位
  contact_name    text not null,
  contact_phone   text,
  subject         text not null,                   -- 申请数据内容
  legal_basis     text not null,                   -- 法律依据
  purpose         text not null,                   -- 用途
  kind            text not null check (kind in ('direct', 'approval')),
  received_on     date not null,
  deadline        date not null,
  state           text not null default 'received' check (state in ('received', 'approved', 'answered', 'refused')),
  answer          text,
  refuse_reason   text,
  approved_by     text,
  approved_at     timestamptz,
  closed_by       text,
  closed_at       timestamptz,
  overdue_at      timestamptz,                     -- flagged by the overdue job, once
  created_by      text not null,
  created_at      timestamptz not null default now(),
  version         integer not null default 1,
  check (channel = 'staff' or requester_client is not null),
  check ((state = 'answered') = (answer is not null)),
  check ((state = 'refused') = (refuse_reason is not null)),
  check (state <> 'approved' or kind = 'approval')
);
create index data_request_open on data_request (state, deadline) where state in ('received', 'approved');
create index data_request_client on data_request (requester_client, created_at desc);

create table data_request_event (
  id         bigserial primary key,
  request_id uuid not null references data_request (id),
  at         timestamptz not null default now(),
  actor      text not null,
  kind       text not null,          -- received, approved, answered, refused, overdue
  note       text
);
create index data_request_event_of on data_request_event (request_id, id);
create trigger data_request_event_no_change before update or delete on data_request_event
  for each row execute function audit_event_append_only();
