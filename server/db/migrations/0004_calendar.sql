-- Working-day calendar (工作日历): the basis of statutory and promised deadlines.
-- A year is usable only when it has a calendar_year row; calendar_day holds that year's
-- exceptions to "Monday to Friday": holidays (on weekdays or weekends) and 调休 working
-- weekend days, as the State Council's yearly notice sets them.
create table calendar_year (
  year      integer primary key check (year between 2000 and 2100),
  source    text not null check (source in ('chinese-days', 'admin')),
  note      text,
  loaded_at timestamptz not null default now(),
  loaded_by text
);

create table calendar_day (
  day  date primary key,
  kind text not null check (kind in ('holiday', 'workday')),
  name text not null,
  year integer not null references calendar_year (year),
  check (extract(year from day)::int = year),
  -- A 调休 working day is always a Saturday or Sunday (ISO day 6 or 7).
  check (kind <> 'workday' or extract(isodow from day)::int in (6, 7))
);
create index calendar_day_year on calendar_day (year);
