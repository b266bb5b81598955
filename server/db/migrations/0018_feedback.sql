-- 好差评 (GB/T 39734/39735): ratings of cases and of window/office visits, the follow-up of
-- every real-name bad rating to the applicant's confirmation, and appeals against ratings.

-- Windows and offices rated by QR code after a visit (one code each, printed from the admin page).
create table rating_point (
  code       text primary key check (code ~ '^[A-Za-z0-9-]{2,32}$'),
  kind       text not null check (kind in ('window', 'office')),
  name       text not null,
  office     text not null,                 -- the office answerable for it
  active     boolean not null default true,
  created_at timestamptz not null default now()
);

create table rating (
  id              uuid primary key default gen_random_uuid(),
  case_id         uuid references case_file (id),
  point_code      text references rating_point (code),
  visit_key       text,                     -- one rating per visit: who + day (see ratings.ts)
  round           integer not null default 1,
  channel         text not null check (channel in ('1', '2', '3', '4', '5', '6', '7')),
  level           smallint not null check (level between 1 and 5),   -- 5 非常满意 … 1 非常不满意
  indicators      jsonb not null default '{}'::jsonb,
  tags            text[] not null default '{}',
  comment         text,
  anonymous       boolean not null,
  rater_person_id uuid references person (id),
  rater_name      text,
  rater_phone     text,
  office          text not null,            -- responsible office (the item's 承办处室 or the point's)
  item_code       text,
  item_name       text,
  rated_at        timestamptz not null default now(),
  check ((case_id is null) <> (point_code is null)),
  check ((point_code is null) = (visit_key is null)),
  -- below 基本满意 a reason is required (tags or text)
  check (level >= 3 or coalesce(length(comment), 0) > 0 or cardinality(tags) > 0),
  check (anonymous or rater_person_id is not null or rater_phone is not null)
);
create unique index rating_once_per_case on rating (case_id, round) where case_id is not null;
create unique index rating_once_per_visit on rating (point_code, visit_key) where point_code is not null;
create index rating_time on rating (rated_at);
create index rating_office on rating (office, rated_at);

-- What the rater added later (never a second rating).
create table rating_addition (
  id        bigserial primary key,
  rating_id uuid not null references rating (id),
  comment   text not null,
  at        timestamptz not null default now()
);
create trigger rating_addition_no_change before update or delete on rating_addition
  for each row execute function audit_event_append_only();

-- The follow-up of a real-name bad rating (实名差评回访整改): one per rating.
create table rating_followup (
  id              uuid primary key default gen_random_uuid(),
  rating_id       uuid not null unique references rating (id),
  office          text not null,
  state           text not null check (state in ('open', 'called_back', 'rectified', 'confirmed', 'disputed', 'withdrawn')),
  deadline        date not null,            -- working days from opening (configurable)
  callback_note   text,
  problem         text,
  action_taken    text,
  applicant_note  text,
  escalated_at    timestamptz,
  version         integer not null default 1,
  opened_at       timestamptz not null default now(),
  closed_at       timestamptz
);
create index rating_followup_open on rating_followup (state, deadline) where closed_at is null;

create table rating_followup_event (
  id          bigserial primary key,
  followup_id uuid not null references rating_followup (id),
  at          timestamptz not null default now(),
  actor       text not null,
  kind        text not null,
  from_state  text,
  to_state    text,
  note        text
);
create index rating_followup_event_of on rating_followup_event (followup_id, id);
create trigger rating_followup_event_no_change before update or delete on rating_followup_event
  for each row execute function audit_event_append_only();

-- An office's appeal against a rating it believes mistaken (申诉); the supervisor decides.
create table rating_appeal (
  id            uuid primary key default gen_random_uuid(),
  rating_id     uuid not null unique references rating (id),
  office        text not null,
  reason        text not null,
  filed_by      text not null,
  filed_at      timestamptz not null default now(),
  state         text not null default 'pending' check (state in ('pending', 'upheld', 'rejected')),
  decided_by    text,
  decided_at    timestamptz,
  decision_note text
);
