package dev.gatehouse.signin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTests {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final Class<?> UNREADABLE = SecretCipher.SecretUnreadableException.class;
    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dataDir;

    @Test
    void sealsWithAFreshNonceAndOpensOnlyInItsContext() {
        SecretCipher cipher = new SecretCipher(new byte[32]);

        String sealed = cipher.seal(SECRET, "app:1");

        assertThat(sealed).startsWith("v1.").isNotEqualTo(cipher.seal(SECRET, "app:1"));
        assertThat(cipher.open(sealed, "app:1")).isEqualTo(SECRET);
        assertThatThrownBy(() -> cipher.open(sealed, "app:2")).isInstanceOf(UNREADABLE);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThatThrownBy(() -> new SecretCipher(otherKey).open(sealed, "app:1"))
                .isInstanceOf(UNREADABLE);
        String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
        assertThatThrownBy(() -> cipher.open(altered, "app:1")).isInstanceOf(UNREADABLE);
    }

    @Test
    void theEmbeddedDatabaseGetsAKeyFileOnlyItsOwnerCanRead() throws Exception {
        AtRestEncryption first = EncryptionKeySource.resolve(null, h2File(), dataDir, Map.of());
        AtRestEncryption second = EncryptionKeySource.resolve(null, h2File(), dataDir,
                Map.of(first.cipher().keyId(), 3L));

        Path file = dataDir.resolve(EncryptionKeySource.KEY_FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
        assertThat(second.cipher().keyId()).as("the same key on the next start").isEqualTo(first.cipher().keyId());
    }

    @Test
    void aConfiguredKeyWinsAndMustBeThirtyTwoBytes() {
        AtRestEncryption configured = EncryptionKeySource.resolve(KEY, "jdbc:postgresql://db/gatehouse", dataDir,
                Map.of());

        assertThat(configured.cipher().keyId()).isEqualTo(new SecretCipher(new byte[32]).keyId());
        assertThat(dataDir.resolve(EncryptionKeySource.KEY_FILE)).doesNotExist();
        assertThatThrownBy(() -> EncryptionKeySource.resolve("c2hvcnQ=", "jdbc:h2:mem:x", dataDir, Map.of()))
                .hasMessageContaining("holds 5 bytes; it must hold 32");
        assertThatThrownBy(() -> EncryptionKeySource.resolve("not base64!", "jdbc:h2:mem:x", dataDir, Map.of()))
                .hasMessageContaining("is not base64");
    }

    @Test
    void aSharedDatabaseWithoutAKeyHasNoAuthenticatorAppsRatherThanAPerNodeKey() {
        AtRestEncryption none = EncryptionKeySource.resolve(null, "jdbc:postgresql://db/gatehouse", dataDir, Map.of());

        assertThat(none.available()).isFalse();
        assertThat(dataDir.resolve(EncryptionKeySource.KEY_FILE)).doesNotExist();
    }

    @Test
    void aMissingOrDifferentKeyWithStoredSecretsStopsStartUp() {
        assertThatThrownBy(() -> EncryptionKeySource.resolve(null, "jdbc:postgresql://db/gatehouse", dataDir,
                Map.of("0123456789abcdef", 2L)))
                .isInstanceOf(EncryptionKeySource.EncryptionKeyException.class)
                .hasMessageContaining("holds 2 encrypted authenticator-app secret(s)")
                .hasMessageContaining("gatehouse.security.encryption-key is not set");
        assertThatThrownBy(() -> EncryptionKeySource.resolve(KEY, "jdbc:postgresql://db/gatehouse", dataDir,
                Map.of("0123456789abcdef", 2L)))
                .isInstanceOf(EncryptionKeySource.EncryptionKeyException.class)
                .hasMessageContaining("encrypted with the key 0123456789abcdef");
    }

    @Test
    void aLostKeyFileIsNotReplacedWhileSecretsNeedIt() {
        assertThatThrownBy(() -> EncryptionKeySource.resolve(null, h2File(), dataDir,
                Map.of("0123456789abcdef", 1L)))
                .isInstanceOf(EncryptionKeySource.EncryptionKeyException.class)
                .hasMessageContaining("the key file " + dataDir.resolve(EncryptionKeySource.KEY_FILE) + " is missing");
        assertThat(dataDir.resolve(EncryptionKeySource.KEY_FILE)).doesNotExist();
    }

    @Test
    void theKeyFileGoesNextToTheDatabaseFile() {
        Path fallback = Path.of("fallback");

        assertThat(EncryptionKeySource.databaseDirectory("jdbc:h2:file:./data/gatehouse;DB_CLOSE_ON_EXIT=FALSE",
                fallback)).isEqualTo(Path.of("./data"));
        assertThat(EncryptionKeySource.databaseDirectory("jdbc:h2:/var/lib/gatehouse/gatehouse", fallback))
                .isEqualTo(Path.of("/var/lib/gatehouse"));
        assertThat(EncryptionKeySource.databaseDirectory("jdbc:h2:~/gatehouse", fallback))
                .isEqualTo(Path.of(System.getProperty("user.home")));
        assertThat(EncryptionKeySource.databaseDirectory("jdbc:h2:gatehouse", fallback)).isEqualTo(fallback);
    }

    private String h2File() {
        return "jdbc:h2:file:" + dataDir.resolve("gatehouse") + ";DB_CLOSE_ON_EXIT=FALSE";
    }
}
