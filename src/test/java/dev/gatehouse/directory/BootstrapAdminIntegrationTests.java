package dev.gatehouse.directory;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gatehouse.GatehouseApplication;
import dev.gatehouse.testsupport.AuditRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts Gatehouse on the embedded default (an H2 file database in a data directory), twice. */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminIntegrationTests {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("Username: admin {2}Password: (\\S+)");

    @TempDir
    Path dataDir;

    @Test
    void firstStartCreatesTheAdminWithAPrintedPasswordAndTheSecondStartLeavesItAlone(CapturedOutput output) {
        String password;
        String hashAfterFirstStart;
        try (var first = start()) {
            Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
            assertThat(printed.find()).as("the generated password is printed").isTrue();
            password = printed.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);

            SignInAccount admin = first.getBean(DirectoryManagement.class).findSignInAccount("admin").orElseThrow();
            assertThat(admin.admin()).as("member of the admin group").isTrue();
            assertThat(admin.active()).isTrue();
            assertThat(first.getBean(PasswordEncoder.class).matches(password, admin.passwordHash())).isTrue();
            hashAfterFirstStart = admin.passwordHash();

            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            new AuditRows(jdbc).awaitRecorded();
            assertThat(jdbc.queryForList("select details from audit_events where action = 'AdminChange'"
                    + " and actor_username = 'system'", String.class)).as("the creation is in the audit trail")
                    .singleElement().asString().contains("\"operation\":\"create\"", "\"target\":\"admin\"",
                            "GatehouseAdmins").doesNotContain(password);
        }

        int printedSoFar = output.getOut().length();
        try (var second = start()) {
            assertThat(output.getOut().substring(printedSoFar)).doesNotContain("bootstrap admin created");
            DirectoryManagement directory = second.getBean(DirectoryManagement.class);
            assertThat(directory.countUsers()).isEqualTo(1);
            assertThat(directory.findSignInAccount("admin").orElseThrow().passwordHash()).isEqualTo(hashAfterFirstStart);
        }
    }

    @Test
    void aConfiguredPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
        try (var context = start("--gatehouse.directory.bootstrap-admin.password=configured-secret-42",
                "--gatehouse.directory.bootstrap-admin.api-token=automation-token-0123456789abcdefghijkl")) {
            SignInAccount admin = context.getBean(DirectoryManagement.class).findSignInAccount("admin").orElseThrow();

            assertThat(context.getBean(PasswordEncoder.class).matches("configured-secret-42", admin.passwordHash())).isTrue();
            assertThat(context.getBean(ApiTokenManagement.class).authenticate("automation-token-0123456789abcdefghijkl"))
                    .as("the configured API token signs in as the admin").hasValueSatisfying(holder -> {
                        assertThat(holder.username()).isEqualTo("admin");
                        assertThat(holder.admin()).isTrue();
                    });
            assertThat(output.getAll()).doesNotContain("configured-secret-42", "automation-token-0123456789");
        }
    }

    @Test
    void aTooShortConfiguredPasswordStopsStartUpWithAClearMessage() {
        assertThatThrownBy(() -> start("--gatehouse.directory.bootstrap-admin.password=short").close())
                .hasStackTraceContaining("gatehouse.directory.bootstrap-admin.password must have at least 12 characters");
    }

    @Test
    void aConfiguredPasswordOverBcryptsLimitStopsStartUpWithAClearMessage() {
        assertThatThrownBy(() -> start("--gatehouse.directory.bootstrap-admin.password=" + "é".repeat(40)).close())
                .hasStackTraceContaining("gatehouse.directory.bootstrap-admin.password must have at least 12"
                        + " characters and at most 72 bytes in UTF-8");
    }

    /** Without a password argument the test configuration's bootstrap password is blanked, as if unset. */
    private ConfigurableApplicationContext start(String... args) {
        var all = new java.util.ArrayList<>(java.util.List.of(args));
        all.add("--server.port=0");
        all.add("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("gatehouse"));
        if (all.stream().noneMatch(arg -> arg.startsWith("--gatehouse.directory.bootstrap-admin.password="))) {
            all.add("--gatehouse.directory.bootstrap-admin.password=");
        }
        return new SpringApplicationBuilder(GatehouseApplication.class).run(all.toArray(String[]::new));
    }
}
