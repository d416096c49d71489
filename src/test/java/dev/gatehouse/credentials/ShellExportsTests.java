package dev.gatehouse.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.gatehouse.testsupport.RequiredParts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export lines pasted into the real shells: bash reads the POSIX lines and fish its own, and both read the
 * values back unchanged, including AWS's {@code + / =} and characters that the quoting must neutralise.
 */
class ShellExportsTests {

    static final TemporaryCredentials KEYS = new TemporaryCredentials("ASIAEXAMPLEKEY123456",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY==", "FwoGZXIvYXdzE+/token/with+plus=and/slash==",
            Instant.parse("2026-03-01T13:00:00Z"));
    static final TemporaryCredentials TRICKY = new TemporaryCredentials("ASIA$HOME`id`",
            "back\\slash \"quoted\" $(echo no) 'single'", "semi;colon && pipe | star * ~tilde #hash",
            Instant.parse("2026-03-01T13:00:00Z"));

    @ParameterizedTest
    @ValueSource(strings = { "bash", "fish" })
    void theShellReadsBackExactlyTheValues(String shell) throws Exception {
        for (TemporaryCredentials credentials : List.of(KEYS, TRICKY)) {
            CredentialExports exports = new CredentialExports("111122223333_Deploy", credentials);
            String lines = shell.equals("bash") ? exports.posix() : exports.fish();

            List<String> values = ShellExports.run(shell, lines + "\nprintf '%s\\n' \"$AWS_ACCESS_KEY_ID\" \"$AWS_SECRET_ACCESS_KEY\" "
                    + "\"$AWS_SESSION_TOKEN\"\n" + "env | grep '^AWS_' | sort\n");

            assertThat(values.subList(0, 3)).as(shell).containsExactly(credentials.accessKeyId(),
                    credentials.secretAccessKey(), credentials.sessionToken());
            assertThat(values.subList(3, values.size())).as("exported to child processes by " + shell)
                    .containsExactly("AWS_ACCESS_KEY_ID=" + credentials.accessKeyId(),
                            "AWS_SECRET_ACCESS_KEY=" + credentials.secretAccessKey(),
                            "AWS_SESSION_TOKEN=" + credentials.sessionToken());
        }
    }
}
