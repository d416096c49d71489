package dev.gatehouse.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.accounts.AccountDetails;
import dev.gatehouse.accounts.AccountManagement;
import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.GroupDetails;
import dev.gatehouse.directory.GroupManagement;
import dev.gatehouse.directory.NewUser;
import dev.gatehouse.permissionsets.PermissionSetDetails;
import dev.gatehouse.permissionsets.PermissionSetManagement;
import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.RejectedException;
import dev.gatehouse.testsupport.AuditRows;
import dev.gatehouse.testsupport.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Assignments made and removed through the module APIs, seen through the entitlement query, with the events the
 * audit trail records.
 */
@SpringBootTest
@Import(AssignmentManagementIntegrationTests.RecordedEvents.class)
class AssignmentManagementIntegrationTests {

    @TestConfiguration
    static class RecordedEvents {
        final List<AdminChangeEvent> events = new ArrayList<>();

        @EventListener
        void on(AdminChangeEvent event) {
            events.add(event);
        }

        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired
    DirectoryManagement directory;

    @Autowired
    GroupManagement groups;

    @Autowired
    AccountManagement accounts;

    @Autowired
    PermissionSetManagement permissionSets;

    @Autowired
    AssignmentManagement assignments;

    @Autowired
    EntitlementQuery entitlements;

    @Autowired
    RecordedEvents recorded;

    @Autowired
    StatementCounter statements;

    @Autowired
    JdbcTemplate jdbc;

    UUID user;
    UUID group;
    UUID readOnly;
    String accountId;
    String suffix;

    @BeforeEach
    void seed() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        user = directory.createUser(new NewUser("u-" + suffix, "U", null, true, null)).id();
        group = groups.createGroup(new GroupDetails("Team " + suffix, null)).id();
        groups.addMembers(group, List.of(user));
        accountId = String.format("%012d", Math.floorMod(suffix.hashCode(), 1_000_000_000_000L));
        accounts.register(new AccountDetails(accountId, "Acct " + suffix, "acct@example.com", "aws", null));
        readOnly = permissionSets.create(new PermissionSetDetails("RO" + suffix, null, null, null, List.of(), List.of(),
                null, null, Map.of(), null)).id();
        recorded.events.clear();
    }

    @Test
    void directGroupAndOverlappingAssignmentsEachShowTheirPathAndGoWhenRemoved() {
        UUID direct = assignments.create(new NewAssignment(accountId, readOnly, PrincipalType.USER, user)).id();
        assignments.create(new NewAssignment(accountId, readOnly, PrincipalType.GROUP, group));

        assertThat(entitlements.entitlementsOf(user)).extracting(Entitlement::permissionSetName, Entitlement::viaGroup)
                .containsExactly(tuple("RO" + suffix, null), tuple("RO" + suffix, "Team " + suffix));

        assignments.remove(direct);
        assertThat(entitlements.entitlementsOf(user)).extracting(Entitlement::viaGroup).containsExactly("Team " + suffix);
        groups.removeMembers(group, List.of(user));
        assertThat(entitlements.entitlementsOf(user)).isEmpty();

        assertThat(recorded.events).extracting(AdminChangeEvent::type, AdminChangeEvent::operation).containsExactly(
                tuple("assignment", "create"), tuple("assignment", "create"), tuple("assignment", "delete"),
                tuple("group", "removeMembers"));
        assertThat(recorded.events).allSatisfy(event -> assertThat(event.action()).isEqualTo(AuditAction.ADMIN_CHANGE));
        assertThat(recorded.events.get(0).accountId()).isEqualTo(accountId);
        assertThat(recorded.events.get(0).permissionSet()).isEqualTo("RO" + suffix);
    }

    @Test
    void assigningManyAtOnceSkipsWhatExistsAndDeletingAGroupTakesItsAssignments() {
        UUID admin = permissionSets.create(new PermissionSetDetails("AD" + suffix, null, "PT8H", null, List.of(),
                List.of(), null, null, Map.of(), null)).id();
        assignments.create(new NewAssignment(accountId, readOnly, PrincipalType.GROUP, group));

        int created = assignments.assign(accountId, List.of(new AssignmentManagement.Principal(PrincipalType.GROUP, group),
                new AssignmentManagement.Principal(PrincipalType.USER, user)), List.of(readOnly, admin));

        assertThat(created).isEqualTo(3);
        assertThat(assignments.countForAccount(accountId)).isEqualTo(4);
        assertThat(assignments.count(AssignmentFilter.account(accountId))).isEqualTo(4);
        assertThat(assignments.count(AssignmentFilter.principal(PrincipalType.GROUP, group))).isEqualTo(2);
        assertThat(assignments.count(new AssignmentFilter(accountId, admin, PrincipalType.USER, user))).isEqualTo(1);
        groups.deleteGroup(group);
        assertThat(assignments.countForAccount(accountId)).isEqualTo(2);
        assertThat(entitlements.entitlementsOf(user)).extracting(Entitlement::viaGroup).containsOnlyNulls();
        assertThat(recorded.events).filteredOn(event -> event.operation().equals("delete") && event.type().equals("assignment"))
                .hasSize(2).allSatisfy(event -> assertThat(event.before()).containsEntry("reason", "group deleted"));
    }

    @Test
    void theAuditTrailNamesWhatAnAssignmentJoinedWhenItIsMadeAndWhenItGoes() {
        UUID assignment = assignments.create(new NewAssignment(accountId, readOnly, PrincipalType.USER, user)).id();
        assignments.remove(assignment);

        Map<String, Object> fields = Map.of("principalType", "USER", "principal", "u-" + suffix, "accountId", accountId,
                "permissionSet", "RO" + suffix);
        assertThat(recorded.events).extracting(AdminChangeEvent::target)
                .containsOnly("USER u-" + suffix + " / " + accountId + " / RO" + suffix);
        assertThat(recorded.events.get(0).after()).containsExactlyInAnyOrderEntriesOf(fields);
        assertThat(recorded.events.get(0).before()).isNull();
        assertThat(recorded.events.get(1).before()).containsAllEntriesOf(fields).containsEntry("reason", "removed")
                .hasSize(fields.size() + 1);
        assertThat(recorded.events.get(1).after()).isNull();
    }

    @Test
    void assigningManyAtOnceChecksEachReferenceOnceNotOncePerPair() {
        UUID admin = permissionSets.create(new PermissionSetDetails("AD" + suffix, null, null, null, List.of(),
                List.of(), null, null, Map.of(), null)).id();
        UUID billing = permissionSets.create(new PermissionSetDetails("BI" + suffix, null, null, null, List.of(),
                List.of(), null, null, Map.of(), null)).id();
        List<AssignmentManagement.Principal> principals = List.of(
                new AssignmentManagement.Principal(PrincipalType.USER, user),
                new AssignmentManagement.Principal(PrincipalType.GROUP, group));
        List<UUID> sets = List.of(readOnly, admin, billing);
        assertThat(assignments.assign(accountId, principals, sets)).isEqualTo(6);

        new AuditRows(jdbc).awaitRecorded();
        statements.reset();
        assertThat(assignments.assign(accountId, principals, sets)).as("all exist already").isZero();

        int references = 1 + sets.size() + principals.size();
        int pairs = sets.size() * principals.size();
        assertThat(statements.count()).as("one look-up per reference and per pair").isLessThanOrEqualTo(references + pairs);
    }

    @Test
    void assigningManyAtOnceWithOneUnknownPrincipalCreatesNothing() {
        List<AssignmentManagement.Principal> principals = List.of(
                new AssignmentManagement.Principal(PrincipalType.USER, user),
                new AssignmentManagement.Principal(PrincipalType.GROUP, UUID.randomUUID()));

        assertThatThrownBy(() -> assignments.assign(accountId, principals, List.of(readOnly)))
                .isInstanceOfSatisfying(RejectedException.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("principalId"));
        assertThat(assignments.countForAccount(accountId)).isZero();
        assertThat(recorded.events).isEmpty();
    }

    @Test
    void eventsNeverCarryAPassword() {
        directory.resetPassword(user);
        directory.setPassword(user, "a-typed-password-123");

        assertThat(recorded.events).hasSize(2);
        assertThat(recorded.events.toString()).doesNotContain("a-typed-password-123");
        assertThat(recorded.events.get(1).details()).containsEntry("after", Map.of("how", "set by admin"));
    }
}
