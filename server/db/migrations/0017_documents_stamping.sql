-- Stamped application PDFs (预审通过 watermark, QR codes) and paper intake by scan.

-- Each generated application PDF of a case, by version. A row is written as 'pending' in the
-- same transaction as the workflow transition that asks for it (it is the job: durable, picked
-- up by the PDF worker, survives restarts), and becomes 'ready' with its file's SHA-256.
create table case_application_pdf (
  id             uuid primary key default gen_random_uuid(),
  case_id        uuid not null references case_file (id),
  kind           text not null check (kind in ('application')),
  version        integer not null check (version > 0),
  status         text not null default 'pending' check (status in ('pending', 'building', 'ready', 'failed')),
  watermark      text not null,
  qr             boolean not null,
  reason         text not null,                    -- the transition (or 'regenerate') that asked for it
  sha256         text check (sha256 ~ '^[0-9a-f]{64}$'),          -- the stamped file (content-addressed store)
  content_sha256 text check (content_sha256 ~ '^[0-9a-f]{64}$'),  -- what was stamped (bound in the QR tokens)
  pages          integer check (pages > 0),
  size_bytes     integer check (size_bytes > 0),
  attempts       integer not null default 0,
  last_error     text,
  created_at     timestamptz not null default now(),
  claimed_at     timestamptz,
  ready_at       timestamptz,
  unique (case_id, kind, version),
  check ((status = 'ready') = (sha256 is not null))
);
create index case_application_pdf_todo on case_application_pdf (created_at) where status in ('pending', 'building');

-- The key that signs QR tokens when DOCUMENT_TOKEN_SECRET is not configured: made once, shared
-- by every instance on this database, kept across restarts (printouts outlive processes).
create table document_secret (
  id         integer primary key check (id = 1),
  secret     bytea not null,
  created_at timestamptz not null default now()
);

-- J2: printouts collected by a service point travel to the receiving unit in batches.
create sequence paper_batch_serial;
create table paper_batch (
  id           uuid primary key default gen_random_uuid(),
  batch_no     text not null unique,
  status       text not null default 'open' check (status in ('open', 'mailed', 'received')),
  created_by   text not null,
  created_at   timestamptz not null default now(),
  courier      text,
  tracking_no  text,
  mailed_by    text,
  mailed_at    timestamptz,
  received_by  text,
  received_at  timestamptz,
  check ((status = 'open') = (mailed_at is null))
);

create table paper_batch_item (
  id               bigserial primary key,
  batch_id         uuid not null references paper_batch (id),
  case_id          uuid not null references case_file (id),
  document_version integer not null,
  pages            integer not null,
  added_by         text not null,
  added_at         timestamptz not null default now(),
  -- expected: on the manifest, not yet scanned at the receiving unit; received; missing (not in
  -- the parcel when the batch was closed); unexpected (in the parcel, not on the manifest)
  outcome          text not null default 'expected' check (outcome in ('expected', 'received', 'missing', 'unexpected')),
  checked_by       text,
  checked_at       timestamptz,
  unique (batch_id, case_id)
);
create index paper_batch_item_case on paper_batch_item (case_id);
