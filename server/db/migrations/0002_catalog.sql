-- Service items (政务服务事项) and their guide versions (办事指南).
-- A version's content is an immutable JSON document once published; filterable
-- fields are copied into columns so lists are served from indexes.
create table catalog_item (
  code              text primary key,               -- 实施编码
  status            text not null check (status in ('draft', 'published', 'retired')),
  published_version integer,
  draft_version     integer,
  latest_version    integer not null,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now()
);

create table catalog_item_version (
  code           text not null references catalog_item (code),
  version        integer not null,
  state          text not null check (state in ('draft', 'published', 'superseded')),
  revision       integer not null default 1,      -- bumped at each save of a draft
  content        jsonb not null,
  name           text not null,
  type           text not null,
  office         text not null,
  visits         integer not null,
  online_depth   text not null,
  promised_days  integer not null,
  statutory_days integer,
  high_frequency boolean not null,
  themes         text[] not null,
  audiences      text[] not null,
  materials_count integer not null,
  search_text    text not null,
  created_at     timestamptz not null default now(),
  created_by     text not null,
  published_at   timestamptz,
  published_by   text,
  primary key (code, version)
);
create unique index catalog_one_draft on catalog_item_version (code) where state = 'draft';
create unique index catalog_one_published on catalog_item_version (code) where state = 'published';
create index catalog_published_type on catalog_item_version (type, code) where state = 'published';
create index catalog_published_themes on catalog_item_version using gin (themes) where state = 'published';
create index catalog_published_audiences on catalog_item_version using gin (audiences) where state = 'published';
create index catalog_item_status on catalog_item (status, code);

-- Published versions never change: only the move published → superseded is allowed.
create function catalog_version_immutable() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    if old.state <> 'draft' then
      raise exception 'published catalogue versions cannot be deleted' using errcode = 'restrict_violation';
    end if;
    return old;
  end if;
  if old.state = 'draft' then
    return new;
  end if;
  if old.state = 'published' and new.state = 'superseded'
     and new.content = old.content and new.version = old.version and new.code = old.code then
    return new;
  end if;
  raise exception 'published catalogue versions are immutable' using errcode = 'restrict_violation';
end $$;
create trigger catalog_version_immutable before update or delete on catalog_item_version
  for each row execute function catalog_version_immutable();

-- Bumped in every transaction that changes what the public sees; caches compare against it.
create table catalog_revision (
  id       integer primary key check (id = 1),
  revision bigint not null
);
insert into catalog_revision (id, revision) values (1, 0);
