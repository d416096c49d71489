package dev.gatehouse.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.gatehouse.access.Entitlement;
import dev.gatehouse.access.EntitlementQuery;
import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.UserView;
import dev.gatehouse.shared.AdminChangeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The declarative import applied through the module APIs, against the real schema. */
@SpringBootTest
@Import(DeclarativeImportIntegrationTests.RecordedEvents.class)
class DeclarativeImportIntegrationTests {

    @TestConfiguration
    static class RecordedEvents {
        final List<AdminChangeEvent> events = new ArrayList<>();

        @EventListener
        void on(AdminChangeEvent event) {
            events.add(event);
        }
    }

    @Autowired
    DeclarativeImport declarativeImport;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    EntitlementQuery entitlements;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    RecordedEvents recorded;

    @TempDir
    Path dir;

    @BeforeEach
    void forgetEvents() {
        recorded.events.clear();
    }

    /** Each test starts from a directory with only the bootstrap admin: an empty file with prune deletes the rest. */
    @AfterEach
    void pruneEverything() throws IOException {
        apply("prune: true\n");
    }

    @Test
    void theDemoFileSetsUpTheSeedScenarioAndASecondRunChangesNothing() {
        ImportFile demo = ImportFileReader.read(Path.of("examples", "demo.yaml"));

        assertThat(declarativeImport.apply(demo)).isEqualTo("4 created, 0 updated, 0 deleted");
        UserView alice = directory.findUserByUsername("alice").orElseThrow();
        assertThat(passwordEncoder.matches("change-me-on-first-sign-in",
                directory.findSignInAccount("alice").orElseThrow().passwordHash())).isTrue();
        assertThat(entitlements.entitlementsOf(alice.id()))
                .extracting(Entitlement::accountId, Entitlement::permissionSetName, Entitlement::roleName)
                .containsExactly(org.assertj.core.api.Assertions.tuple("111122223333", "AdministratorAccess",
                        "GatehouseReserved_AdministratorAccess"));
        assertThat(recorded.events).extracting(AdminChangeEvent::type)
                .containsExactly("user", "account", "permissionSet", "assignment");

        recorded.events.clear();
        assertThat(declarativeImport.apply(demo)).isEqualTo("0 created, 0 updated, 0 deleted");
        assertThat(recorded.events).isEmpty();
        assertThat(directory.findUserByUsername("alice").orElseThrow().version()).isEqualTo(alice.version());
    }

    @Test
    void theReadmeExampleImportsAsItSays() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("### Declarative import");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));

        assertThat(apply(example)).isEqualTo("6 created, 1 updated, 0 deleted");
        UUID alice = directory.findUserByUsername("alice").orElseThrow().id();
        assertThat(entitlements.entitlementsOf(alice)).extracting(Entitlement::permissionSetName, Entitlement::viaGroup)
                .containsExactly(org.assertj.core.api.Assertions.tuple("ReadOnly", null),
                        org.assertj.core.api.Assertions.tuple("ReadOnly", "Developers"));
        assertThat(jdbc.queryForObject("select inline_policy from permission_sets where name = 'ReadOnly'", String.class))
                .isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}");
        assertThat(apply(example)).isEqualTo("0 created, 0 updated, 0 deleted");
    }

    @Test
    void aChangedFileUpdatesWhatItNamesAndDeletesNothingWithoutPrune() throws IOException {
        apply("""
                groups:
                  - name: Ops
                users:
                  - {username: carol, displayName: Carol, groups: [Ops]}
                accounts:
                  - {accountId: "222233334444", name: Ops account, email: ops@example.com}
                  - {accountId: "555566667777", name: Spare, email: spare@example.com}
                permissionSets:
                  - {name: ReadOnly, managedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]}
                assignments:
                  - {accountId: "222233334444", permissionSet: ReadOnly, group: Ops}
                """);
        String changed = apply("""
                users:
                  - {username: carol, displayName: Carol Changed, groups: [Ops]}
                accounts:
                  - {accountId: "222233334444", name: Ops renamed, email: ops@example.com}
                """);

        assertThat(changed).isEqualTo("0 created, 2 updated, 0 deleted");
        assertThat(directory.findUserByUsername("carol").orElseThrow().displayName()).isEqualTo("Carol Changed");
        assertThat(count("select count(*) from aws_accounts where account_id in ('222233334444', '555566667777')")).isEqualTo(2);
        assertThat(entitlements.entitlementsOf(directory.findUserByUsername("carol").orElseThrow().id()))
                .extracting(Entitlement::accountName, Entitlement::viaGroup).containsExactly(
                        org.assertj.core.api.Assertions.tuple("Ops renamed", "Ops"));
    }

    @Test
    void pruneDeletesWhatTheFileDoesNotNameButNeverTheAdmins() throws IOException {
        apply("""
                groups: [{name: Temp}]
                users: [{username: dave, groups: [Temp]}, {username: erin}]
                accounts: [{accountId: "888899990000", name: Old, email: old@example.com}]
                permissionSets: [{name: Old}]
                assignments: [{accountId: "888899990000", permissionSet: Old, user: dave}]
                """);

        String pruned = apply("""
                prune: true
                users: [{username: erin}]
                """);

        assertThat(pruned).endsWith("deleted").doesNotStartWith("0 created, 0 updated, 0 deleted");
        assertThat(directory.findUserByUsername("dave")).isEmpty();
        assertThat(directory.findUserByUsername("erin")).isPresent();
        assertThat(directory.findUserByUsername("admin")).as("the bootstrap admin").isPresent();
        assertThat(directory.findSignInAccount("admin").orElseThrow().admin()).isTrue();
        assertThat(count("select count(*) from aws_accounts")).isZero();
        assertThat(count("select count(*) from permission_sets")).isZero();
        assertThat(count("select count(*) from assignments")).isZero();
        assertThat(count("select count(*) from directory_groups where name = 'Temp'")).isZero();
    }

    @Test
    void aRefusedValueNamesItsLineAndNothingOfTheFileIsSaved() throws IOException {
        Path file = write("""
                users:
                  - username: frank
                accounts:
                  - accountId: "123456789012"
                    name: Fine
                    email: fine@example.com
                permissionSets:
                  - name: TooLong
                    sessionDuration: PT13H
                """);

        assertThatThrownBy(() -> declarativeImport.apply(ImportFileReader.read(file)))
                .isInstanceOf(ImportFileException.class)
                .hasMessage(file + " line 9: permission set sessionDuration must be an ISO-8601 duration from PT1H"
                        + " to PT12H, such as PT1H or PT8H");
        assertThat(directory.findUserByUsername("frank")).isEmpty();
        assertThat(count("select count(*) from aws_accounts where account_id = '123456789012'")).isZero();
    }

    @Test
    void aPasswordOverBcryptsLimitNamesItsLine() throws IOException {
        Path file = write("""
                users:
                  - username: grace
                    password: "%s"
                """.formatted("ß".repeat(37)));

        assertThatThrownBy(() -> declarativeImport.apply(ImportFileReader.read(file)))
                .isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith(file + " line 3: user password must be at least 12 characters and at most 72"
                        + " bytes in UTF-8");
        assertThat(directory.findUserByUsername("grace")).isEmpty();
    }

    @Test
    void brokenShapesAndReferencesNameTheirLine() throws IOException {
        assertThat(failure("users:\n  - username: gina\n    colour: blue\n"))
                .endsWith("line 3: unknown key 'colour' in a user; known keys: active, displayName, email, groups, password, username");
        assertThat(failure("users:\n  - username: [gina\n")).contains("line 3: not valid YAML");
        assertThat(failure("prune: maybe\n")).endsWith("line 1: prune must be true or false, not 'maybe'");
        assertThat(failure("users:\n  - {username: gina, active: yes}\n"))
                .endsWith("line 2: active must be true or false, not 'yes'");
        assertThat(failure("assignments:\n  - {accountId: \"123456789012\", permissionSet: Nope, user: gina}\n"))
                .endsWith("line 2: assignment permissionSet: There is no permission set Nope: add it under permissionSets.");
        assertThat(failure("accounts:\n  - accountId: 12345\n    name: Short\n    email: short@example.com\n"))
                .endsWith("line 2: account accountId must be 12 digits");
        assertThat(failure("users:\n  - username: two words\n")).endsWith("line 2: user username must be 2 to 64 letters,"
                + " digits or + = , . @ _ - (it becomes the AWS role session name)");
    }

    @Test
    void everyProblemOfAFileIsReportedWithItsLineInLineOrderAndNothingIsSaved() throws IOException {
        Path file = write("""
                users:
                  - username: henry
                    groups: [Nobody]
                  - username: two words
                    email: not-an-email
                  - username: ivy
                    colour: blue
                accounts:
                  - {accountId: "123", name: Short, email: short@example.com}
                  - {accountId: "210987654321", name: Fine, email: fine@example.com}
                assignments:
                  - {accountId: "210987654321", permissionSet: Nope, user: henry}
                """);

        assertThat(failureOf(file)).isEqualTo(String.join("\n",
                file + " line 3: user groups: There is no group Nobody: add it under groups.",
                file + " line 4: user username must be 2 to 64 letters, digits or + = , . @ _ - (it becomes the AWS role"
                        + " session name)",
                file + " line 5: user email must be an email address of at most 320 characters",
                file + " line 7: unknown key 'colour' in a user; known keys: active, displayName, email, groups, password,"
                        + " username",
                file + " line 9: account accountId must be 12 digits",
                file + " line 12: assignment permissionSet: There is no permission set Nope: add it under permissionSets."));
        assertThat(directory.findUserByUsername("henry")).isEmpty();
        assertThat(count("select count(*) from aws_accounts where account_id = '210987654321'")).isZero();
    }

    @Test
    void aFileWithVeryManyProblemsListsTheFirstAndCountsTheRest() throws IOException {
        StringBuilder yaml = new StringBuilder("accounts:\n");
        for (int i = 0; i < ImportFileException.SHOWN + 5; i++) {
            yaml.append("  - {accountId: \"").append(i).append("\", name: Bad, email: bad@example.com}\n");
        }

        String failure = failureOf(write(yaml.toString()));

        assertThat(failure.lines()).hasSize(ImportFileException.SHOWN + 1);
        assertThat(failure).contains("line 2: account accountId", "line 21: account accountId")
                .doesNotContain("line 22:").endsWith("\n... and 5 more problems");
    }

    private String failureOf(Path file) {
        try {
            declarativeImport.apply(ImportFileReader.read(file));
        }
        catch (ImportFileException expected) {
            return expected.getMessage();
        }
        throw new AssertionError("the file was accepted: " + file);
    }

    private String failure(String yaml) throws IOException {
        Path file = write(yaml);
        try {
            declarativeImport.apply(ImportFileReader.read(file));
        }
        catch (ImportFileException expected) {
            return expected.getMessage();
        }
        throw new AssertionError("the file was accepted: " + yaml);
    }

    private String apply(String yaml) throws IOException {
        return declarativeImport.apply(ImportFileReader.read(write(yaml)));
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve(UUID.randomUUID() + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
