-- 数据看板: daily roll-ups of cases and ratings, kept by triggers in the same transaction as
-- the change they count, so the dashboard's main query reads a few thousand summary rows
-- instead of a million cases (bench/dashboard.ts). Why triggers rather than a refresh job:
-- every path that changes a case, a material, a rating, an appeal or a follow-up (the cases
-- service, timers, extensions, the window desk, paper intake, appeals …) is counted at once
-- and can never be forgotten, and the figures move with the records (no stale window). The
-- cost is one upsert per counted change on a (day, office, item) row: submissions already
-- serialise on the same key in case_number_counter, so no new contention appears there.
-- dashboard_rebuild() recomputes both tables from the records with the same functions
-- (backfill here; the tests check that the maintained tables equal a rebuild).
-- Small tables (inquiries, reform tasks) and "now" snapshots (cases running past their
-- deadline) are read live (server/modules/supervision/dashboard/store.ts).

-- The China-time day of an instant (the platform's days are China days).
create function kzt_china_day(t timestamptz) returns date language sql immutable as $$
  select (t at time zone 'Asia/Shanghai')::date
$$;

-- Working days in (a, b] on the working-day calendar, negative when b < a (as
-- WorkingCalendar.workingDaysBetween); null while a year in between is not loaded.
create function kzt_working_days_between(a date, b date) returns integer language plpgsql stable as $$
declare
  lo date := least(a, b);
  hi date := greatest(a, b);
  n integer;
begin
  if exists (
    select 1 from generate_series(extract(year from lo)::int, extract(year from hi)::int) y
    where not exists (select 1 from calendar_year c where c.year = y)
  ) then
    return null;
  end if;
  select count(*)::int into n
  from generate_series(lo + 1, hi, interval '1 day') g
  left join calendar_day c on c.day = g::date
  where coalesce(c.kind = 'workday', extract(isodow from g) < 6);
  return case when b >= a then n else -n end;
end $$;

create table dashboard_case_day (
  day              date not null,
  office           text not null,      -- the item version's 承办处室
  item_code        text not null,
  received         integer not null default 0,  -- submitted that day
  received_online  integer not null default 0,  -- of those, submitted online (no visit: 不见面办理)
  accepted         integer not null default 0,  -- accepted that day
  concluded        integer not null default 0,  -- concluded that day (any result)
  concluded_timed  integer not null default 0,  -- of those, accepted with a promised deadline
  concluded_late   integer not null default 0,  -- of those, concluded after the promised deadline
  used_known       integer not null default 0,  -- concluded cases whose working days used are known
  used_days        bigint not null default 0,   -- their working days used (as the case page shows)
  promised_days    bigint not null default 0,   -- their promised limits
  statutory_known  integer not null default 0,  -- of used_known, those with a statutory limit
  statutory_days   bigint not null default 0,   -- their statutory limits
  used_statutory_days bigint not null default 0, -- their working days used
  avoided_reuse    integer not null default 0,  -- materials of cases received that day reused from earlier cases (免提交)
  avoided_commitment integer not null default 0, -- … replaced by a commitment (告知承诺)
  avoided_licence  integer not null default 0,  -- … fetched from e-licences or other departments (not submitted)
  primary key (day, office, item_code)
);

create table dashboard_rating_day (
  day        date not null,                 -- the rating's day
  office     text not null,
  item_code  text not null,                 -- '' for window and office visits
  level5     integer not null default 0,    -- ratings counted (an upheld appeal takes one out)
  level4     integer not null default 0,
  level3     integer not null default 0,
  level2     integer not null default 0,
  level1     integer not null default 0,
  followups  integer not null default 0,    -- follow-ups of that day's ratings, not withdrawn
  rectified  integer not null default 0,    -- of those, rectified or confirmed
  confirmed  integer not null default 0,    -- of those, confirmed by the rater
  primary key (day, office, item_code)
);

-- How many of a version's materials the department obtains itself (电子证照库, other
-- departments): counted as avoided for each case of the version. Kept as a column so the
-- case trigger, which runs inside every submission, does not take the guide's JSON apart.
alter table catalog_item_version add column materials_obtained integer not null generated always as (
  jsonb_array_length(jsonb_path_query_array(content, '$.materials[*] ? (@.source != "applicant")'))
) stored;

create function dashboard_case_bump(
  p_day date, p_office text, p_item text,
  d_received integer default 0, d_received_online integer default 0, d_accepted integer default 0,
  d_concluded integer default 0, d_concluded_timed integer default 0, d_concluded_late integer default 0,
  d_used_known integer default 0, d_used_days integer default 0, d_promised_days integer default 0,
  d_statutory_known integer default 0, d_statutory_days integer default 0, d_used_statutory_days integer default 0,
  d_avoided_reuse integer default 0, d_avoided_commitment integer default 0, d_avoided_licence integer default 0
) returns void language sql as $$
  insert into dashboard_case_day as t (day, office, item_code, received, received_online, accepted, concluded, concluded_timed, concluded_late,
    used_known, used_days, promised_days, statutory_known, statutory_days, used_statutory_days, avoided_reuse, avoided_commitment, avoided_licence)
  values (p_day, p_office, p_item, d_received, d_received_online, d_accepted, d_concluded, d_concluded_timed, d_concluded_late,
    d_used_known, d_used_days, d_promised_days, d_statutory_known, d_statutory_days, d_used_statutory_days, d_avoided_reuse, d_avoided_commitment, d_avoided_licence)
  on conflict (day, office, item_code) do update set
    received = t.received + excluded.received,
    received_online = t.received_online + excluded.received_online,
    accepted = t.accepted + excluded.accepted,
    concluded = t.concluded + excluded.concluded,
    concluded_timed = t.concluded_timed + excluded.concluded_timed,
    concluded_late = t.concluded_late + excluded.concluded_late,
    used_known = t.used_known + excluded.used_known,
    used_days = t.used_days + excluded.used_days,
    promised_days = t.promised_days + excluded.promised_days,
    statutory_known = t.statutory_known + excluded.statutory_known,
    statutory_days = t.statutory_days + excluded.statutory_days,
    used_statutory_days = t.used_statutory_days + excluded.used_statutory_days,
    avoided_reuse = t.avoided_reuse + excluded.avoided_reuse,
    avoided_commitment = t.avoided_commitment + excluded.avoided_commitment,
    avoided_licence = t.avoided_licence + excluded.avoided_licence
$$;

-- What one case row counts for (sign +1) or no longer counts for (sign -1).
-- (fresh: a case just inserted, which cannot have materials yet)
create function dashboard_case_apply(c case_file, sign integer, fresh boolean default false) returns void language plpgsql as $$
declare
  v_office text;
  v_licence integer;
  con date;
  timed boolean;
  used integer;
  v_reuse integer;
  v_commitment integer;
begin
  select v.office, v.materials_obtained into v_office, v_licence
    from catalog_item_version v where v.code = c.item_code and v.version = c.item_version;
  v_office := coalesce(v_office, '未指定处室');
  -- (its current materials move with it, should its day change; dashboard_material_apply counts them as they change)
  if fresh then
    v_reuse := 0;
    v_commitment := 0;
  else
    select count(*) filter (where reused_from_case_id is not null)::int, count(*) filter (where kind = 'commitment')::int
      into v_reuse, v_commitment
      from case_material where case_id = c.id and replaced_at is null;
  end if;
  perform dashboard_case_bump(kzt_china_day(c.submitted_at), v_office, c.item_code,
    d_received => sign, d_received_online => sign * (c.channel = '1')::int, d_avoided_licence => sign * coalesce(v_licence, 0),
    d_avoided_reuse => sign * v_reuse, d_avoided_commitment => sign * v_commitment);
  if c.accepted_at is not null then
    perform dashboard_case_bump(kzt_china_day(c.accepted_at), v_office, c.item_code, d_accepted => sign);
  end if;
  if c.concluded_at is not null then
    con := kzt_china_day(c.concluded_at);
    timed := c.accepted_at is not null and c.promised_deadline is not null;
    -- Working days used, as the case page shows them (deadlines-present.ts clockFigures).
    if timed and c.promised_days is not null then
      used := greatest(0, c.promised_days + c.extended_working_days - kzt_working_days_between(con, c.promised_deadline));
    end if;
    perform dashboard_case_bump(con, v_office, c.item_code,
      d_concluded => sign,
      d_concluded_timed => sign * timed::int,
      d_concluded_late => sign * (timed and con > c.promised_deadline)::int,
      d_used_known => sign * (used is not null)::int,
      d_used_days => sign * coalesce(used, 0),
      d_promised_days => sign * case when used is not null then c.promised_days else 0 end,
      d_statutory_known => sign * (used is not null and c.statutory_days is not null)::int,
      d_statutory_days => sign * case when used is not null then coalesce(c.statutory_days, 0) else 0 end,
      d_used_statutory_days => sign * case when used is not null and c.statutory_days is not null then used else 0 end);
  end if;
end $$;

create function dashboard_case_trigger() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then perform dashboard_case_apply(old, -1); end if;
  if tg_op in ('INSERT', 'UPDATE') then perform dashboard_case_apply(new, 1, tg_op = 'INSERT'); end if;
  return null;
end $$;
create trigger dashboard_case_insert_delete after insert or delete on case_file
  for each row execute function dashboard_case_trigger();
-- Most updates (state moves, warnings, versions) change nothing counted: skipped.
create trigger dashboard_case_update after update on case_file for each row
  when ((old.submitted_at, old.accepted_at, old.concluded_at, old.promised_deadline, old.channel, old.item_code, old.item_version,
         old.promised_days, old.statutory_days, old.extended_working_days)
        is distinct from
        (new.submitted_at, new.accepted_at, new.concluded_at, new.promised_deadline, new.channel, new.item_code, new.item_version,
         new.promised_days, new.statutory_days, new.extended_working_days))
  execute function dashboard_case_trigger();

-- A current material row (not replaced) counts as avoided when reused or replaced by a commitment.
create function dashboard_material_apply(m case_material, sign integer) returns void language plpgsql as $$
declare
  c record;
begin
  if m.replaced_at is not null or (m.reused_from_case_id is null and m.kind <> 'commitment') then
    return;
  end if;
  select f.submitted_at, f.item_code, coalesce(v.office, '未指定处室') as office into c
    from case_file f left join catalog_item_version v on v.code = f.item_code and v.version = f.item_version
   where f.id = m.case_id;
  perform dashboard_case_bump(kzt_china_day(c.submitted_at), c.office, c.item_code,
    d_avoided_reuse => sign * (m.reused_from_case_id is not null)::int,
    d_avoided_commitment => sign * (m.kind = 'commitment')::int);
end $$;

create function dashboard_material_trigger() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then perform dashboard_material_apply(old, -1); end if;
  if tg_op in ('INSERT', 'UPDATE') then perform dashboard_material_apply(new, 1); end if;
  return null;
end $$;
create trigger dashboard_material after insert or update or delete on case_material
  for each row execute function dashboard_material_trigger();

create function dashboard_rating_bump(
  p_day date, p_office text, p_item text, p_level integer, d_rating integer,
  d_followups integer default 0, d_rectified integer default 0, d_confirmed integer default 0
) returns void language sql as $$
  insert into dashboard_rating_day as t (day, office, item_code, level5, level4, level3, level2, level1, followups, rectified, confirmed)
  values (p_day, p_office, p_item,
    case when p_level = 5 then d_rating else 0 end, case when p_level = 4 then d_rating else 0 end, case when p_level = 3 then d_rating else 0 end,
    case when p_level = 2 then d_rating else 0 end, case when p_level = 1 then d_rating else 0 end,
    d_followups, d_rectified, d_confirmed)
  on conflict (day, office, item_code) do update set
    level5 = t.level5 + excluded.level5, level4 = t.level4 + excluded.level4, level3 = t.level3 + excluded.level3,
    level2 = t.level2 + excluded.level2, level1 = t.level1 + excluded.level1,
    followups = t.followups + excluded.followups, rectified = t.rectified + excluded.rectified, confirmed = t.confirmed + excluded.confirmed
$$;

-- A rating counts unless an appeal against it was upheld (as /api/feedback/figures).
create function dashboard_rating_counted(p_rating uuid) returns boolean language sql stable as $$
  select not exists (select 1 from rating_appeal a where a.rating_id = p_rating and a.state = 'upheld')
$$;

create function dashboard_rating_trigger() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    if dashboard_rating_counted(old.id) then
      perform dashboard_rating_bump(kzt_china_day(old.rated_at), old.office, coalesce(old.item_code, ''), old.level, -1);
    end if;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    if dashboard_rating_counted(new.id) then
      perform dashboard_rating_bump(kzt_china_day(new.rated_at), new.office, coalesce(new.item_code, ''), new.level, 1);
    end if;
  end if;
  -- (its follow-up counts on its day: it moves with it)
  if tg_op = 'UPDATE' then
    perform dashboard_followup_apply_at(f, old.rated_at, old.item_code, -1) from rating_followup f where f.rating_id = old.id;
    perform dashboard_followup_apply_at(f, new.rated_at, new.item_code, 1) from rating_followup f where f.rating_id = new.id;
  end if;
  return null;
end $$;
create trigger dashboard_rating after insert or update or delete on rating
  for each row execute function dashboard_rating_trigger();

-- (appeals are never deleted: an upheld one takes its rating out, a change back puts it in again)
create function dashboard_appeal_trigger() returns trigger language plpgsql as $$
declare
  was integer := 0;
  r record;
begin
  if tg_op = 'UPDATE' then
    if old.state = 'upheld' then was := 1; end if;
  end if;
  if was <> (new.state = 'upheld')::int then
    select * into r from rating where id = new.rating_id;
    perform dashboard_rating_bump(kzt_china_day(r.rated_at), r.office, coalesce(r.item_code, ''), r.level, was - (new.state = 'upheld')::int);
  end if;
  return null;
end $$;
create trigger dashboard_appeal after insert or update on rating_appeal
  for each row execute function dashboard_appeal_trigger();

-- A follow-up counts on its rating's day, for its office and the rating's item.
create function dashboard_followup_apply_at(f rating_followup, rated_at timestamptz, item_code text, sign integer) returns void language plpgsql as $$
begin
  if f.state = 'withdrawn' then
    return;
  end if;
  perform dashboard_rating_bump(kzt_china_day(rated_at), f.office, coalesce(item_code, ''), 0, 0,
    d_followups => sign, d_rectified => sign * (f.state in ('rectified', 'confirmed'))::int, d_confirmed => sign * (f.state = 'confirmed')::int);
end $$;

create function dashboard_followup_apply(f rating_followup, sign integer) returns void language plpgsql as $$
declare
  r record;
begin
  select rated_at, item_code into r from rating where id = f.rating_id;
  perform dashboard_followup_apply_at(f, r.rated_at, r.item_code, sign);
end $$;

create function dashboard_followup_trigger() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then perform dashboard_followup_apply(old, -1); end if;
  if tg_op in ('INSERT', 'UPDATE') then perform dashboard_followup_apply(new, 1); end if;
  return null;
end $$;
create trigger dashboard_followup after insert or update or delete on rating_followup
  for each row execute function dashboard_followup_trigger();

-- Recomputes both roll-ups from the records, with the same functions as the triggers.
create function dashboard_rebuild() returns void language plpgsql as $$
begin
  delete from dashboard_case_day;
  delete from dashboard_rating_day;
  perform dashboard_case_apply(c, 1) from case_file c;
  perform dashboard_rating_bump(kzt_china_day(r.rated_at), r.office, coalesce(r.item_code, ''), r.level, 1)
    from rating r where dashboard_rating_counted(r.id);
  perform dashboard_followup_apply(f, 1) from rating_followup f;
end $$;

select dashboard_rebuild();

-- The live snapshot of cases running past their deadline reads this index only.
create index case_file_running_deadline on case_file (promised_deadline) include (item_code, item_version, clock_paused_since) where concluded_at is null;
-- Inquiries received in a period.
create index inquiry_created on inquiry (created_at);
