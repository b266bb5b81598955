-- Append-only audit log shared by every module: who did what to which record, when.
create table audit_event (
  id           bigserial primary key,
  at           timestamptz not null default now(),
  actor        text not null,
  action       text not null,
  subject_type text not null,
  subject_id   text not null,
  data         jsonb not null default '{}'::jsonb
);
create index audit_event_subject_idx on audit_event (subject_type, subject_id, id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only' using errcode = 'restrict_violation';
end $$;
create trigger audit_event_no_change before update or delete on audit_event
  for each row execute function audit_event_append_only();
