-- Electronic seals (电子签章), sealed documents of cases and their delivery (送达), the seal
-- usage log, and electronic licences (电子证照) signed with SM2.

-- A seal: its appearance (a PNG, or a one-page vector PDF for the generated demo seal), its
-- signing certificate, and its private key encrypted at rest (AES-256-GCM under the seal
-- master key from configuration). Who may use it: staff roles (and 'system' for 自动用印)
-- and items (实施编码; empty = every item).
create table seal (
  id               uuid primary key default gen_random_uuid(),
  name             text not null,
  image_type       text not null check (image_type in ('png', 'pdf')),
  image            bytea not null,
  cert_pem         text not null,
  cert_subject     text not null,
  cert_serial      text not null,
  cert_not_before  timestamptz not null,
  cert_not_after   timestamptz not null,
  cert_sha256      text not null,
  key_ciphertext   bytea not null,
  allowed_roles    text[] not null default '{}',
  allowed_items    text[] not null default '{}',
  active           boolean not null default true,
  created_by       text not null,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now()
);

-- Proves the configured master key is the one the stored keys were encrypted with (checked at start).
create table seal_master_check (
  id         integer primary key check (id = 1),
  ciphertext bytea not null,
  created_at timestamptz not null default now()
);

-- Documents issued on a case (受理通知书, 不予受理通知书, 补正通知书, 立项通知, 许可证), sealed.
-- `source` makes issuing idempotent (a retried automatic seal finds the first document).
create table case_document (
  id                  uuid primary key default gen_random_uuid(),
  case_id             uuid not null references case_file (id),
  kind                text not null,
  title               text not null,
  source              text not null unique,
  seal_id             uuid not null references seal (id),
  file_sha256         text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes          integer not null check (size_bytes > 0),
  automatic           boolean not null,
  issued_by           text not null,
  issued_at           timestamptz not null default now(),
  delivered_at        timestamptz,
  first_downloaded_at timestamptz
);
create index case_document_case on case_document (case_id, issued_at);

-- Every use of a seal (who or what, when, which document): append-only.
create table seal_usage (
  id          bigserial primary key,
  seal_id     uuid not null references seal (id),
  at          timestamptz not null default now(),
  actor       text not null,
  automatic   boolean not null,
  document_id uuid not null references case_document (id),
  case_id     uuid not null references case_file (id),
  kind        text not null,
  file_sha256 text not null
);
create index seal_usage_seal on seal_usage (seal_id, id desc);
create trigger seal_usage_no_change before update or delete on seal_usage
  for each row execute function audit_event_append_only();

-- The department's SM2 keys for licence data (public keys are published; private keys encrypted).
create table licence_signing_key (
  key_id         text primary key,
  public_key     text not null,
  key_ciphertext bytea not null,
  active         boolean not null default true,
  created_at     timestamptz not null default now()
);

create table licence_number_counter (
  prefix text not null,
  year   integer not null,
  last   integer not null,
  primary key (prefix, year)
);

-- Electronic licences (电子证照). Status 'valid' or 'revoked'; 'expired' follows from valid_until.
create table licence (
  id              uuid primary key default gen_random_uuid(),
  licence_no      text not null unique,
  kind            text not null check (kind in ('production', 'use')),
  case_id         uuid not null unique references case_file (id),
  item_code       text not null,
  holder_name     text not null,
  holder_code     text not null,
  holder_code_type text not null check (holder_code_type in ('001', '111')),
  holder_person_id uuid not null references person (id),
  holder_enterprise_id uuid references enterprise (id),
  scope           jsonb not null,
  issue_date      date not null,
  valid_until     date not null,
  status          text not null default 'valid' check (status in ('valid', 'revoked')),
  revoked_at      timestamptz,
  revoked_by      text,
  revoke_reason   text,
  key_id          text not null references licence_signing_key (key_id),
  code            text not null,
  document_id     uuid references case_document (id),
  issued_at       timestamptz not null default now(),
  check ((status = 'revoked') = (revoked_at is not null))
);
create index licence_holder_enterprise on licence (holder_enterprise_id, issue_date desc);
create index licence_holder_person on licence (holder_person_id, issue_date desc);
