-- Durable jobs (server/lib/jobs): timers, notices and other work done later, once, even with
-- several app instances on one database. A job is claimed with FOR UPDATE SKIP LOCKED and a
-- lease (locked_until); a runner that dies mid-job leaves it to be claimed again once the
-- lease ends. `key` is unique: enqueueing the same key twice makes one job (recurring jobs
-- use one key per period).
create table job (
  id            bigserial primary key,
  kind          text not null,
  key           text not null unique,
  payload       jsonb not null default '{}'::jsonb,
  run_at        timestamptz not null,
  attempts      integer not null default 0,       -- claims so far (a crash counts as one)
  max_attempts  integer not null default 5 check (max_attempts >= 1),
  locked_by     text,
  locked_until  timestamptz,
  last_error    text,
  created_at    timestamptz not null default now(),
  done_at       timestamptz,
  dead_at       timestamptz                        -- gave up after max_attempts; kept for people to look at
);
create index job_due on job (run_at, id) where done_at is null and dead_at is null;
create index job_dead on job (dead_at) where dead_at is not null;
