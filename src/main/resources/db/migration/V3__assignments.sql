-- principal_id names a directory user or group according to principal_type ('USER' or 'GROUP').
create table assignments (
    id                uuid primary key,
    principal_type    varchar(5)  not null,
    principal_id      uuid        not null,
    account_id        varchar(12) not null references aws_accounts (account_id),
    permission_set_id uuid        not null references permission_sets (id),
    created_at        timestamp with time zone not null
);
-- Serves both uniqueness and the entitlement lookup by principal.
create unique index ux_assignments_principal on assignments (principal_id, principal_type, account_id, permission_set_id);
create index ix_assignments_account on assignments (account_id);
create index ix_assignments_permission_set on assignments (permission_set_id);
