-- Who has a plan open: each open editor says so every few seconds; a row not renewed for a while is someone gone.
-- Kept in the database, not in a server's memory, so that every server in front of it answers the same.
create table presence (
  plan_id bigint not null references plans(id) on delete cascade,
  user_id bigint not null references users(id) on delete cascade,
  client text not null,
  seen timestamptz not null default now(),
  primary key (plan_id, user_id, client)
);
