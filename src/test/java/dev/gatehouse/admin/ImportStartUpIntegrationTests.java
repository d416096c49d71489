package dev.gatehouse.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.gatehouse.GatehouseApplication;
import dev.gatehouse.access.EntitlementQuery;
import dev.gatehouse.directory.DirectoryManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Gatehouse started with {@code gatehouse.import.file}, as an operator would, on an H2 file database. */
@ExtendWith(OutputCaptureExtension.class)
class ImportStartUpIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void theDemoFileIsAppliedOnEveryStartAndTheSecondStartChangesNothing(CapturedOutput output) {
        try (var first = start("examples/demo.yaml")) {
            var alice = first.getBean(DirectoryManagement.class).findUserByUsername("alice").orElseThrow();
            assertThat(first.getBean(EntitlementQuery.class).find(alice.id(), "111122223333", "AdministratorAccess"))
                    .isPresent();
            assertThat(first.getBean(DirectoryManagement.class).findSignInAccount("admin").orElseThrow().admin())
                    .as("the bootstrap admin is still made first").isTrue();
        }
        assertThat(output.getOut()).contains("Applied the import file examples/demo.yaml: 4 created, 0 updated, 0 deleted");
        try (var second = start("examples/demo.yaml")) {
            assertThat(output.getOut()).contains("Applied the import file examples/demo.yaml: 0 created, 0 updated, 0 deleted");
        }
    }

    @Test
    void aBrokenFileStopsStartUpNamingEveryProblemWithItsLine(CapturedOutput output) throws Exception {
        Path broken = dataDir.resolve("broken.yaml");
        Files.writeString(broken, """
                accounts:
                  - accountId: "11112222333"
                    name: Eleven digits
                    email: eleven@example.com
                users:
                  - username: two words
                    colour: blue
                """);

        assertThatThrownBy(() -> start(broken.toString()).close()).isInstanceOf(ImportFileException.class);

        assertThat(output.getOut()).contains("The import file was not applied, and nothing of it was saved:\n\n    "
                + broken + " line 2: account accountId must be 12 digits\n    "
                + broken + " line 7: unknown key 'colour' in a user",
                "Correct the file named by gatehouse.import.file")
                .doesNotContain("met another node's change");
    }

    private ConfigurableApplicationContext start(String importFile) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("gatehouse"),
                "--gatehouse.import.file=" + importFile));
        return new SpringApplicationBuilder(GatehouseApplication.class).run(args.toArray(String[]::new));
    }
}
