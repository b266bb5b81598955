-- Expert pool (专家库) and expert panels of cases (专家预审、评审、现场验收).
-- An expert is a staff person with the expert role and a profile: specialty category,
-- fields, own unit, declared relations (enterprises they must not review), active flag.
create table expert_profile (
  person_id        uuid primary key references staff (person_id),
  category         text not null check (category in ('technical', 'financial', 'management', 'legal')),
  fields           jsonb not null default '[]'::jsonb,   -- ["生物医药", …]
  unit_name        text not null,
  unit_credit_code text,                                 -- 统一社会信用代码 of the expert's own unit
  relations        jsonb not null default '[]'::jsonb,   -- [{ creditCode, name, note }]: declared, never drawn for them
  active           boolean not null default true,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now()
);

-- One panel per expert step of a case (a state whose workflow definition has composition
-- rules). Closed when the case leaves that state, or replaced (nobody answered yet).
create table case_expert_panel (
  id           uuid primary key default gen_random_uuid(),
  case_id      uuid not null references case_file (id),
  state        text not null,
  method       text not null check (method in ('draw', 'manual')),
  rule         jsonb not null,                 -- the composition rule applied
  draw         jsonb,                          -- draw record: seed, candidates, excluded (reason codes), chosen
  created_by   text not null,
  created_at   timestamptz not null default now(),
  closed_at    timestamptz,
  close_reason text check (close_reason in ('step_closed', 'replaced'))
);
create unique index case_expert_panel_open on case_expert_panel (case_id) where closed_at is null;

-- Each assigned expert's answer: opinion, score (0–100), recommendation; editable until the panel closes.
create table case_expert_review (
  panel_id         uuid not null references case_expert_panel (id),
  case_id          uuid not null references case_file (id),
  expert_person_id uuid not null references person (id),
  category         text not null,              -- the expert's category when assigned
  opinion          text,
  score            integer check (score between 0 and 100),
  recommendation   text check (recommendation in ('agree', 'disagree', 'agree_after_changes')),
  answered_at      timestamptz,
  updated_at       timestamptz,
  primary key (panel_id, expert_person_id)
);
create index case_expert_review_expert on case_expert_review (expert_person_id, case_id);
