package dev.gatehouse.access;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The entitlement query against the real schema, with rows written as the owning modules would. */
@JdbcTest
@Import(EntitlementQuery.class)
class EntitlementQueryTests {

    @Autowired
    EntitlementQuery query;

    @Autowired
    JdbcTemplate jdbc;

    final Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
    UUID alice;
    UUID bob;
    UUID developers;
    UUID readOnly;
    UUID admin;

    @BeforeEach
    void seed() {
        alice = user("alice", true);
        bob = user("bob", true);
        developers = group("Developers");
        member(developers, alice);
        account("111111111111", "Production", "aws");
        account("222222222222", "Sandbox", "aws");
        account("333333333333", "China", "aws-cn");
        readOnly = permissionSet("ReadOnly", "PT1H", null);
        admin = permissionSet("Admin", "PT8H", "OrgAdminRole");
    }

    @Test
    void directAndGroupAssignmentsAreUnitedAndSortedWithTheirPath() {
        assign("USER", alice, "222222222222", admin);
        assign("GROUP", developers, "111111111111", readOnly);

        assertThat(query.entitlementsOf(alice))
                .extracting(Entitlement::accountName, Entitlement::permissionSetName, Entitlement::viaGroup)
                .containsExactly(tuple("Production", "ReadOnly", "Developers"), tuple("Sandbox", "Admin", null));
        assertThat(query.entitlementsOf(bob)).isEmpty();
    }

    @Test
    void overlappingAssignmentsShowEachPath() {
        assign("USER", alice, "111111111111", readOnly);
        assign("GROUP", developers, "111111111111", readOnly);

        assertThat(query.entitlementsOf(alice)).extracting(Entitlement::viaGroup).containsExactly(null, "Developers");
        assertThat(query.find(alice, "111111111111", "ReadOnly")).isPresent();
    }

    @Test
    void findMatchesThePermissionSetNameIgnoringCaseAndCarriesTheRoleToAssume() {
        assign("USER", alice, "333333333333", readOnly);
        assign("USER", alice, "222222222222", admin);

        Entitlement china = query.find(alice, "333333333333", "readonly").orElseThrow();
        assertThat(china.roleArn()).isEqualTo("arn:aws-cn:iam::333333333333:role/GatehouseReserved_ReadOnly");
        assertThat(china.sessionDuration()).isEqualTo(Duration.ofHours(1));

        Entitlement sandbox = query.find(alice, "222222222222", "Admin").orElseThrow();
        assertThat(sandbox.roleArn()).isEqualTo("arn:aws:iam::222222222222:role/OrgAdminRole");
        assertThat(sandbox.sessionDuration()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void nothingIsFoundForAnotherAccountPermissionSetOrUser() {
        assign("USER", alice, "111111111111", readOnly);

        assertThat(query.find(alice, "222222222222", "ReadOnly")).isEmpty();
        assertThat(query.find(alice, "111111111111", "Admin")).isEmpty();
        assertThat(query.find(alice, "999999999999", "ReadOnly")).isEmpty();
        assertThat(query.find(bob, "111111111111", "ReadOnly")).isEmpty();
    }

    @Test
    void removedAssignmentsAndLeftGroupsNoLongerCount() {
        UUID direct = assign("USER", alice, "111111111111", readOnly);
        assign("GROUP", developers, "222222222222", admin);

        jdbc.update("delete from assignments where id = ?", direct);
        jdbc.update("delete from group_memberships where user_id = ?", alice);

        assertThat(query.entitlementsOf(alice)).isEmpty();
    }

    @Test
    void aDisabledUserHasNoEntitlements() {
        assign("USER", alice, "111111111111", readOnly);
        jdbc.update("update directory_users set active = false where id = ?", alice);

        assertThat(query.entitlementsOf(alice)).isEmpty();
        assertThat(query.find(alice, "111111111111", "ReadOnly")).isEmpty();
    }

    private UUID user(String username, boolean active) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into directory_users (id, username, username_key, display_name, active, source, created_at, updated_at, version) values (?, ?, ?, ?, ?, 'DIRECTORY', ?, ?, 0)",
                id, username, username, username, active, now, now);
        return id;
    }

    private UUID group(String name) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into directory_groups (id, name, name_key, created_at, updated_at, version) values (?, ?, ?, ?, ?, 0)",
                id, name, name.toLowerCase(), now, now);
        return id;
    }

    private void member(UUID group, UUID user) {
        jdbc.update("insert into group_memberships (group_id, user_id) values (?, ?)", group, user);
    }

    private void account(String id, String name, String partition) {
        jdbc.update("insert into aws_accounts (account_id, name, email, partition, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, 0)",
                id, name, name.toLowerCase() + "@example.com", partition, now, now);
    }

    private UUID permissionSet(String name, String duration, String roleName) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into permission_sets (id, name, name_key, session_duration, role_name, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
                id, name, name.toLowerCase(), duration, roleName, now, now);
        return id;
    }

    private UUID assign(String type, UUID principal, String accountId, UUID permissionSet) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into assignments (id, principal_type, principal_id, account_id, permission_set_id, created_at) values (?, ?, ?, ?, ?, ?)",
                id, type, principal, accountId, permissionSet, now);
        return id;
    }
}
