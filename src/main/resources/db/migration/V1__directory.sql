-- The built-in directory. username_key and name_key hold the lower-cased name so that uniqueness is
-- case-insensitive on every database (H2 has no expression indexes).
create table directory_users (
    id            uuid primary key,
    username      varchar(64)  not null,
    username_key  varchar(64)  not null,
    display_name  varchar(256) not null,
    email         varchar(320),
    active        boolean      not null,
    password_hash varchar(255),
    source        varchar(16)  not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint       not null
);
create unique index ux_directory_users_username on directory_users (username_key);

create table directory_groups (
    id          uuid primary key,
    name        varchar(128) not null,
    name_key    varchar(128) not null,
    description varchar(1024),
    source      varchar(128),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint       not null
);
create unique index ux_directory_groups_name on directory_groups (name_key);

create table group_memberships (
    group_id uuid not null references directory_groups (id) on delete cascade,
    user_id  uuid not null references directory_users (id) on delete cascade,
    primary key (group_id, user_id)
);
create index ix_group_memberships_user on group_memberships (user_id);

create table external_identities (
    id         uuid primary key,
    user_id    uuid          not null references directory_users (id) on delete cascade,
    issuer     varchar(1024) not null,
    subject    varchar(255)  not null,
    created_at timestamp with time zone not null
);
create unique index ux_external_identities_issuer_subject on external_identities (issuer, subject);
create index ix_external_identities_user on external_identities (user_id);

-- Bearer tokens for the admin API: only a SHA-256 hash of each token is kept.
create table api_tokens (
    id           uuid primary key,
    user_id      uuid         not null references directory_users (id) on delete cascade,
    name         varchar(128) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    expires_at   timestamp with time zone
);
create unique index ux_api_tokens_hash on api_tokens (token_hash);
create index ix_api_tokens_user on api_tokens (user_id);
