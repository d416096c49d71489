package dev.gatehouse.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** Writes groups, accounts, permission sets and assignments as rows, the way their modules store them. */
public final class TestAccess {

    private final JdbcTemplate jdbc;
    private final Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));

    public TestAccess(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public UUID user(String username, boolean active) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into directory_users (id, username, username_key, display_name, active, source, created_at,
                    updated_at, version)
                values (?, ?, ?, ?, ?, 'DIRECTORY', ?, ?, 0)""",
                id, username, username.toLowerCase(Locale.ROOT), username, active, now, now);
        return id;
    }

    public UUID group(String name) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into directory_groups (id, name, name_key, created_at, updated_at, version) values (?, ?, ?, ?, ?, 0)",
                id, name, name.toLowerCase(Locale.ROOT), now, now);
        return id;
    }

    /**
     * The group an OIDC provider's sign-ins bring (marked with its registration id), as the first sign-in of a
     * member creates it; returns the existing one when it is already there.
     */
    public UUID providerGroup(String name, String registrationId) {
        var existing = jdbc.queryForList("select id from directory_groups where name_key = ? and source = ?",
                UUID.class, name.toLowerCase(Locale.ROOT), registrationId);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into directory_groups (id, name, name_key, source, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, 0)""",
                id, name, name.toLowerCase(Locale.ROOT), registrationId, now, now);
        return id;
    }

    public void member(UUID group, UUID user) {
        jdbc.update("insert into group_memberships (group_id, user_id) values (?, ?)", group, user);
    }

    public void account(String accountId, String name, String partition) {
        jdbc.update("""
                insert into aws_accounts (account_id, name, email, partition, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, 0)""",
                accountId, name, name.toLowerCase(Locale.ROOT).replace(' ', '-') + "@example.com", partition, now, now);
    }

    /** A permission set; a null role name means the default {@code GatehouseReserved_{name}}. */
    public UUID permissionSet(String name, String sessionDuration, String roleName) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into permission_sets (id, name, name_key, session_duration, role_name, created_at, updated_at,
                    version)
                values (?, ?, ?, ?, ?, ?, ?, 0)""",
                id, name, name.toLowerCase(Locale.ROOT), sessionDuration, roleName, now, now);
        return id;
    }

    public UUID assignToUser(UUID user, String accountId, UUID permissionSet) {
        return assign("USER", user, accountId, permissionSet);
    }

    public UUID assignToGroup(UUID group, String accountId, UUID permissionSet) {
        return assign("GROUP", group, accountId, permissionSet);
    }

    private UUID assign(String principalType, UUID principal, String accountId, UUID permissionSet) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into assignments (id, principal_type, principal_id, account_id, permission_set_id, created_at)
                values (?, ?, ?, ?, ?, ?)""", id, principalType, principal, accountId, permissionSet, now);
        return id;
    }
}
