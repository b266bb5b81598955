-- Materials of a case (申请材料): per material of the item version the case follows (by its
-- index in that version's list), the current proof — an uploaded file (content-addressed on
-- disk by its SHA-256), or a notification-and-commitment (告知承诺) in its place. A new upload
-- replaces the current row (replaced_at set) instead of deleting it: the history stays.
create table case_material (
  id             uuid primary key default gen_random_uuid(),
  case_id        uuid not null references case_file (id),
  material_index integer not null check (material_index >= 0),
  kind           text not null check (kind in ('upload', 'commitment', 'tolerance')),
  file_sha256    text check (file_sha256 ~ '^[0-9a-f]{64}$'),
  file_name      text,
  content_type   text,
  size_bytes     integer check (size_bytes >= 0),
  uploaded_by    text not null,
  uploaded_at    timestamptz not null default now(),
  replaced_at    timestamptz,
  check ((kind = 'upload') = (file_sha256 is not null))
);
-- One current row per material of a case.
create unique index case_material_current on case_material (case_id, material_index) where replaced_at is null;
create index case_material_case on case_material (case_id, material_index, uploaded_at);
