package dev.gatehouse.credentials;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What each export format looks like, pinned for the shells that are not run here (cmd, PowerShell). */
class CredentialExportsTests {

    static final TemporaryCredentials KEYS = new TemporaryCredentials("ASIAEXAMPLEKEY123456",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY==", "IQoJb3JpZ2luX2VjE/+token=value==",
            Instant.parse("2026-03-01T13:00:00Z"));
    final CredentialExports exports = new CredentialExports("111122223333_Deploy", KEYS);

    @Test
    void posixShellsGetDoubleQuotedExports() {
        assertThat(exports.posix()).isEqualTo("""
                export AWS_ACCESS_KEY_ID="ASIAEXAMPLEKEY123456"
                export AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY=="
                export AWS_SESSION_TOKEN="IQoJb3JpZ2luX2VjE/+token=value==\"""");
        assertThat(CredentialExports.posixQuoted("a\"b$c`d\\e")).isEqualTo("\"a\\\"b\\$c\\`d\\\\e\"");
    }

    @Test
    void fishGetsSetDashX() {
        assertThat(exports.fish()).startsWith("set -x AWS_ACCESS_KEY_ID \"ASIAEXAMPLEKEY123456\"\n")
                .contains("set -x AWS_SECRET_ACCESS_KEY \"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY==\"");
        assertThat(CredentialExports.fishQuoted("a\"b$c`d\\e")).isEqualTo("\"a\\\"b\\$c`d\\\\e\"");
    }

    @Test
    void windowsCommandPromptTakesPlusSlashAndEqualsLiterallyAndEscapesItsOperators() {
        assertThat(exports.cmd()).isEqualTo("""
                SET AWS_ACCESS_KEY_ID=ASIAEXAMPLEKEY123456
                SET AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY==
                SET AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjE/+token=value==""");
        assertThat(CredentialExports.cmdEscaped("a&b|c<d>e^f")).isEqualTo("a^&b^|c^<d^>e^^f");
    }

    @Test
    void powerShellGetsEnvAssignmentsWithBacktickEscapes() {
        assertThat(exports.powerShell()).isEqualTo("""
                $Env:AWS_ACCESS_KEY_ID="ASIAEXAMPLEKEY123456"
                $Env:AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY=="
                $Env:AWS_SESSION_TOKEN="IQoJb3JpZ2luX2VjE/+token=value==\"""");
        assertThat(CredentialExports.powerShellQuoted("a\"b$c`d\u201Ce")).isEqualTo("\"a`\"b`$c``d`\u201Ce\"");
    }

    @Test
    void credentialsFileBlockIsNamedAccountUnderscorePermissionSet() {
        assertThat(exports.credentialsFile()).isEqualTo("""
                [111122223333_Deploy]
                aws_access_key_id=ASIAEXAMPLEKEY123456
                aws_secret_access_key=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY==
                aws_session_token=IQoJb3JpZ2luX2VjE/+token=value==""");
    }

    @Test
    void credentialProcessPrintsVersionOneJson() {
        JsonNode json = JsonMapper.builder().build().readTree(exports.credentialProcess());

        assertThat(json.get("Version").asInt()).isEqualTo(1);
        assertThat(json.get("AccessKeyId").asString()).isEqualTo(KEYS.accessKeyId());
        assertThat(json.get("SecretAccessKey").asString()).isEqualTo(KEYS.secretAccessKey());
        assertThat(json.get("SessionToken").asString()).isEqualTo(KEYS.sessionToken());
        assertThat(json.get("Expiration").asString()).isEqualTo("2026-03-01T13:00:00Z");
    }

    @Test
    void printingTheCredentialsOrTheirExportsNeverShowsTheSecrets() {
        assertThat(KEYS.toString() + exports).contains("ASIAEXAMPLEKEY123456")
                .doesNotContain(KEYS.secretAccessKey(), KEYS.sessionToken());
    }
}
