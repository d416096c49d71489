-- Room for an admin change's before and after.
alter table audit_events alter column details set data type varchar(262144);

-- Keyset paging sorts by (occurred_at, id): every filter's index ends with both, so no database sorts the rows.
drop index ix_audit_events_account;
create index ix_audit_events_account on audit_events (account_id, occurred_at, id);
drop index ix_audit_events_action;
create index ix_audit_events_action on audit_events (action, occurred_at, id);

-- actor_key: the lower-cased username, so that filtering by user ignores case and uses an index.
alter table audit_events add column actor_key varchar(64);
drop index ix_audit_events_actor;
create index ix_audit_events_actor on audit_events (actor_key, occurred_at, id);
create index ix_audit_events_actor_user on audit_events (actor_user_id, occurred_at, id);

-- event_key: a hash of the event itself, so an event delivered twice (republished after a restart) is recorded once.
alter table audit_events add column event_key varchar(64);
create unique index ux_audit_events_event_key on audit_events (event_key);

-- The one row every append locks (select ... for update), so that appends from all nodes form one chain:
-- head_* name the newest row; anchor_hash is the previous_hash of the oldest row kept after a retention purge.
create table audit_chain (
    id          int primary key,
    head_id     bigint,
    head_hash   varchar(64),
    anchor_hash varchar(64)
);
insert into audit_chain (id) values (1);
