-- Users and their tokens: only a SHA-256 of each token is kept.
create table users (
  id bigserial primary key,
  name text not null unique,
  token_hash bytea not null unique,
  created timestamptz not null default now()
);

-- A plan: its head revision is the last commit's; the row is locked by every commit (one at a time, in order).
create table plans (
  id bigserial primary key,
  name text not null,
  revision bigint not null default 0,
  share_hash bytea unique,
  created timestamptz not null default now()
);

-- Roles per plan: 1 viewer, 2 editor, 3 owner.
create table plan_roles (
  plan_id bigint not null references plans(id) on delete cascade,
  user_id bigint not null references users(id) on delete cascade,
  role smallint not null check (role between 1 and 3),
  primary key (plan_id, user_id)
);

-- The plan as rows per element: kind (EClass), container, containing feature, order among siblings, and the set
-- attributes and cross references (JSON object, feature -> value; references by element id).
create table elements (
  plan_id bigint not null references plans(id) on delete cascade,
  id text not null,
  kind text not null,
  parent text,
  feature text,
  ord double precision not null default 0,
  attrs jsonb not null default '{}'::jsonb,
  primary key (plan_id, id)
);

-- The append-only log: one row per commit, one per changed feature of an element.
create table commits (
  plan_id bigint not null references plans(id) on delete cascade,
  revision bigint not null,
  base bigint not null,
  author bigint not null references users(id),
  time timestamptz not null default now(),
  message text not null,
  primary key (plan_id, revision)
);

create table changes (
  plan_id bigint not null,
  revision bigint not null,
  seq int not null,
  element text not null,
  feature text not null,
  old_value jsonb,
  new_value jsonb,
  primary key (plan_id, revision, seq),
  foreign key (plan_id, revision) references commits(plan_id, revision) on delete cascade
);
create index changes_by_element on changes (plan_id, element, revision);
