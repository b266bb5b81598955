-- Drafts of applications (草稿): one per applicant and item, saved as the applicant types and
-- resumed later. The applicant is the enterprise for a handler (any of its handlers may carry
-- on), the person otherwise; owner_key says which ('e:<enterprise id>' or 'p:<person id>').
-- Submitting turns the draft into the case and deletes it in the same transaction.
create table case_draft (
  id                      uuid primary key default gen_random_uuid(),
  owner_key               text not null,
  item_code               text not null,
  item_version            integer not null,
  item_name               text not null,
  applicant_person_id     uuid not null references person (id),   -- who saved it last
  applicant_enterprise_id uuid references enterprise (id),
  form                    jsonb not null,
  created_at              timestamptz not null default now(),
  updated_at              timestamptz not null default now(),
  unique (owner_key, item_code),
  check (owner_key = case when applicant_enterprise_id is null then 'p:' || applicant_person_id else 'e:' || applicant_enterprise_id end)
);
create index case_draft_owner on case_draft (owner_key, updated_at desc);
