create table aws_accounts (
    account_id  varchar(12)  primary key,
    name        varchar(128) not null,
    email       varchar(320),
    partition   varchar(16)  not null,
    description varchar(1024),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint       not null
);
create index ix_aws_accounts_name on aws_accounts (name);

create table permission_sets (
    id                        uuid primary key,
    name                      varchar(32)    not null,
    name_key                  varchar(32)    not null,
    description               varchar(700),
    session_duration          varchar(16)    not null,
    relay_state               varchar(240),
    inline_policy             varchar(32768),
    boundary_managed_arn      varchar(2048),
    boundary_customer_name    varchar(128),
    boundary_customer_path    varchar(512),
    role_name                 varchar(64),
    created_at                timestamp with time zone not null,
    updated_at                timestamp with time zone not null,
    version                   bigint         not null
);
create unique index ux_permission_sets_name on permission_sets (name_key);

create table permission_set_managed_policies (
    permission_set_id uuid          not null references permission_sets (id) on delete cascade,
    policy_arn        varchar(2048) not null,
    primary key (permission_set_id, policy_arn)
);

create table permission_set_customer_policies (
    permission_set_id uuid         not null references permission_sets (id) on delete cascade,
    policy_name       varchar(128) not null,
    policy_path       varchar(512) not null,
    primary key (permission_set_id, policy_name, policy_path)
);

create table permission_set_tags (
    permission_set_id uuid         not null references permission_sets (id) on delete cascade,
    tag_key           varchar(128) not null,
    tag_value         varchar(256) not null,
    primary key (permission_set_id, tag_key)
);
