package dev.gatehouse.access;

import java.time.Duration;
import java.util.UUID;

import dev.gatehouse.testsupport.TestAccess;
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

    TestAccess data;
    UUID alice;
    UUID bob;
    UUID developers;
    UUID readOnly;
    UUID admin;

    @BeforeEach
    void seed() {
        data = new TestAccess(jdbc);
        alice = data.user("alice", true);
        bob = data.user("bob", true);
        developers = data.group("Developers");
        data.member(developers, alice);
        data.account("111111111111", "Production", "aws");
        data.account("222222222222", "Sandbox", "aws");
        data.account("333333333333", "China", "aws-cn");
        readOnly = data.permissionSet("ReadOnly", "PT1H", null);
        admin = data.permissionSet("Admin", "PT8H", "OrgAdminRole");
    }

    @Test
    void directAndGroupAssignmentsAreUnitedAndSortedWithTheirPath() {
        data.assignToUser(alice, "222222222222", admin);
        data.assignToGroup(developers, "111111111111", readOnly);

        assertThat(query.entitlementsOf(alice))
                .extracting(Entitlement::accountName, Entitlement::permissionSetName, Entitlement::viaGroup)
                .containsExactly(tuple("Production", "ReadOnly", "Developers"), tuple("Sandbox", "Admin", null));
        assertThat(query.entitlementsOf(bob)).isEmpty();
    }

    @Test
    void overlappingAssignmentsShowEachPath() {
        data.assignToUser(alice, "111111111111", readOnly);
        data.assignToGroup(developers, "111111111111", readOnly);

        assertThat(query.entitlementsOf(alice)).extracting(Entitlement::viaGroup).containsExactly(null, "Developers");
        assertThat(query.find(alice, "111111111111", "ReadOnly")).isPresent();
    }

    @Test
    void findMatchesThePermissionSetNameIgnoringCaseAndCarriesTheRoleToAssume() {
        data.assignToUser(alice, "333333333333", readOnly);
        data.assignToUser(alice, "222222222222", admin);

        Entitlement china = query.find(alice, "333333333333", "readonly").orElseThrow();
        assertThat(china.roleArn()).isEqualTo("arn:aws-cn:iam::333333333333:role/GatehouseReserved_ReadOnly");
        assertThat(china.sessionDuration()).isEqualTo(Duration.ofHours(1));

        Entitlement sandbox = query.find(alice, "222222222222", "Admin").orElseThrow();
        assertThat(sandbox.roleArn()).isEqualTo("arn:aws:iam::222222222222:role/OrgAdminRole");
        assertThat(sandbox.sessionDuration()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void nothingIsFoundForAnotherAccountPermissionSetOrUser() {
        data.assignToUser(alice, "111111111111", readOnly);

        assertThat(query.find(alice, "222222222222", "ReadOnly")).isEmpty();
        assertThat(query.find(alice, "111111111111", "Admin")).isEmpty();
        assertThat(query.find(alice, "999999999999", "ReadOnly")).isEmpty();
        assertThat(query.find(bob, "111111111111", "ReadOnly")).isEmpty();
    }

    @Test
    void removedAssignmentsAndLeftGroupsNoLongerCount() {
        UUID direct = data.assignToUser(alice, "111111111111", readOnly);
        data.assignToGroup(developers, "222222222222", admin);

        jdbc.update("delete from assignments where id = ?", direct);
        jdbc.update("delete from group_memberships where user_id = ?", alice);

        assertThat(query.entitlementsOf(alice)).isEmpty();
    }

    @Test
    void aDisabledUserHasNoEntitlements() {
        data.assignToUser(alice, "111111111111", readOnly);
        jdbc.update("update directory_users set active = false where id = ?", alice);

        assertThat(query.entitlementsOf(alice)).isEmpty();
        assertThat(query.find(alice, "111111111111", "ReadOnly")).isEmpty();
    }
}
