-- Identity: people (natural persons), enterprises (legal persons) and who acts for them,
-- staff with roles and scopes, login transactions and sessions.
create table person (
  id          uuid primary key default gen_random_uuid(),
  id_number   text not null unique,           -- 居民身份证号 (GB 11643), validated on entry
  name        text not null,
  mobile      text,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);

create table enterprise (
  id                   uuid primary key default gen_random_uuid(),
  credit_code          text not null unique,  -- 统一社会信用代码 (GB 32100), validated on entry
  name                 text not null,
  legal_representative text,
  address              text,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now()
);

-- A person acting for an enterprise (法定代表人 or 经办人), as the identity platform asserts.
create table enterprise_handler (
  enterprise_id uuid not null references enterprise (id),
  person_id     uuid not null references person (id),
  role          text not null check (role in ('legal_representative', 'handler')),
  last_seen_at  timestamptz not null default now(),
  primary key (enterprise_id, person_id)
);
create index enterprise_handler_person on enterprise_handler (person_id);

create table staff (
  person_id  uuid primary key references person (id),
  staff_no   text not null unique,
  office     text not null,
  active     boolean not null default true,
  created_at timestamptz not null default now()
);

create table staff_role (
  person_id uuid not null references staff (person_id),
  role      text not null check (role in ('item_manager', 'expert', 'decision_maker', 'window_clerk',
                                          'service_point_clerk', 'receiving_unit_clerk', 'supervisor', 'admin')),
  -- Data scope of this role: { offices?: string[], regions?: string[], servicePoints?: string[], items?: string[] }.
  scope     jsonb not null default '{}'::jsonb,
  primary key (person_id, role)
);

-- One row per started login (authorization code + PKCE): state, nonce and verifier live here,
-- bound to the browser by a hash of a cookie value; used once, expires in minutes.
create table login_attempt (
  state         text primary key,
  nonce         text not null,
  code_verifier text not null,
  browser_hash  text not null,
  return_to     text not null,
  created_at    timestamptz not null default now(),
  expires_at    timestamptz not null,
  used_at       timestamptz
);

create table session (
  id            text primary key,             -- sha256 of the cookie value; the value itself is never stored
  person_id     uuid not null references person (id),
  subject_type  text not null check (subject_type in ('natural', 'legal', 'staff')),
  enterprise_id uuid references enterprise (id),
  csrf_token    text not null,
  id_token      text,                         -- for RP-initiated logout (id_token_hint)
  ip            text,
  user_agent    text,
  created_at    timestamptz not null default now(),
  last_seen_at  timestamptz not null default now(),
  expires_at    timestamptz not null,
  revoked_at    timestamptz
);
create index session_person on session (person_id, created_at desc);
