-- Multi-factor authentication for directory users. Every row belongs to a directory user and goes with it.

-- Authenticator apps (TOTP, RFC 6238). The seed is sealed with AES-GCM under gatehouse.security.encryption-key;
-- key_id names that key so a wrong one is noticed at start-up. last_used_step is the 30-second step of the
-- last accepted code: a code is accepted once, on any node.
create table mfa_authenticator_apps (
    id               uuid primary key,
    user_id          uuid         not null references directory_users (id) on delete cascade,
    name             varchar(64)  not null,
    sealed_secret    varchar(255) not null,
    key_id           varchar(32)  not null,
    last_used_step   bigint,
    created_at       timestamp with time zone not null,
    last_used_at     timestamp with time zone
);
create index ix_mfa_authenticator_apps_user on mfa_authenticator_apps (user_id);

-- Ten one-time recovery codes per user, kept as SHA-256 hashes (each code holds 80 random bits).
create table mfa_recovery_codes (
    id         uuid primary key,
    user_id    uuid        not null references directory_users (id) on delete cascade,
    code_hash  varchar(64) not null,
    created_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create unique index ux_mfa_recovery_codes_user_hash on mfa_recovery_codes (user_id, code_hash);

-- Browsers that passed the second step, for the "only when the sign-in context changes" prompt. The cookie
-- holds a random token; only its SHA-256 hash is kept.
create table mfa_trusted_devices (
    id         uuid primary key,
    user_id    uuid        not null references directory_users (id) on delete cascade,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);
create unique index ux_mfa_trusted_devices_token on mfa_trusted_devices (token_hash);
create index ix_mfa_trusted_devices_user on mfa_trusted_devices (user_id);

-- Passkeys and security keys (WebAuthn) in Spring Security's table shapes, read and written by its
-- JdbcUserCredentialRepository. user_entities also names the directory user, so that a renamed user keeps
-- their passkeys and a deleted one takes them along.
create table user_entities (
    id           varchar(1000) primary key,
    name         varchar(100)  not null,
    display_name varchar(200),
    user_id      uuid          not null references directory_users (id) on delete cascade
);
create unique index ux_user_entities_user on user_entities (user_id);

create table user_credentials (
    credential_id                varchar(1000) primary key,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
create index ix_user_credentials_user on user_credentials (user_entity_user_id);
