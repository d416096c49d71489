package dev.gatehouse.signin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import dev.gatehouse.GatehouseApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded database's generated key, across restarts of the whole application on one data directory. */
class EncryptionKeyStartupTests {

    @TempDir
    Path dataDir;

    @Test
    void theGeneratedKeyOutlivesRestartsAndItsLossStopsStartUpInsteadOfLosingSecrets() throws Exception {
        byte[] seed;
        try (ConfigurableApplicationContext first = start()) {
            Path keyFile = dataDir.resolve(EncryptionKeySource.KEY_FILE);
            assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            var apps = first.getBean(AuthenticatorApps.class);
            var admin = first.getBean(dev.gatehouse.directory.DirectoryManagement.class).findSignInAccount("admin")
                    .orElseThrow();
            PendingAuthenticatorApp pending = apps.start(admin.id());
            seed = apps.secretOf(pending);
            assertThat(apps.confirm(pending, "Phone", Totp.code(seed, Instant.now()))).isPresent();
        }

        try (ConfigurableApplicationContext second = start()) {
            var admin = second.getBean(dev.gatehouse.directory.DirectoryManagement.class).findSignInAccount("admin")
                    .orElseThrow();
            assertThat(second.getBean(AuthenticatorApps.class).verify(admin.id(),
                    Totp.code(seed, Instant.now().plusSeconds(Totp.STEP_SECONDS))))
                    .as("the seed opens with the key from the file").isEqualTo(AuthenticatorApps.Verification.ACCEPTED);
        }

        Path keyFile = dataDir.resolve(EncryptionKeySource.KEY_FILE);
        Path kept = Files.move(keyFile, dataDir.resolve("encryption.key.backup"));
        assertThatThrownBy(this::start).rootCause()
                .isInstanceOf(EncryptionKeySource.EncryptionKeyException.class)
                .hasMessageContaining("holds 1 encrypted authenticator-app secret(s) but the key file")
                .hasMessageContaining("is missing");
        assertThat(keyFile).as("no new key replaces the lost one").doesNotExist();

        Files.move(kept, keyFile);
        try (ConfigurableApplicationContext restored = start()) {
            assertThat(restored.getBean(AtRestEncryption.class).available()).isTrue();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GatehouseApplication.class).run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--gatehouse.data-dir=" + dataDir,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("gatehouse") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--gatehouse.directory.bootstrap-admin.password=bootstrap-admin-password");
    }
}
