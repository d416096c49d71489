package dev.gatehouse.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.directory.UserPasswordChanged;
import dev.gatehouse.shared.Origin;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The details text the audit trail stores for real events, which every later answer carries. */
class RecordedDetailsTests {

    private final AuditDetails details = new AuditDetails(JsonMapper.builder().build());

    @Test
    void theTrailSaysHowAPasswordWasSetInsteadOfRedactingIt() {
        UUID user = UUID.randomUUID();
        Origin admin = new Origin(UUID.randomUUID(), "admin", "192.0.2.1", "curl", "request-1");
        var generated = new UserPasswordChanged(user, "alice", true, admin, Instant.EPOCH);
        var typed = new UserPasswordChanged(user, "alice", false, admin, Instant.EPOCH);

        assertThat(details.toJson(UserPasswordChanged.class.getName(), generated.details()))
                .contains("\"generated\"").doesNotContain(AuditDetails.REDACTED);
        assertThat(details.toJson(UserPasswordChanged.class.getName(), typed.details()))
                .contains("\"set by admin\"").doesNotContain(AuditDetails.REDACTED);
    }

    @Test
    void halfASurrogatePairIsStoredAsAReplacementCharacterSoTheRowCanBeWrittenAsUtf8() {
        String text = details.toJson("test", Map.of("after", Map.of("name", "bad\uD800name", "emoji", "\uD83D\uDE00")));

        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(text)).isTrue();
        assertThat(text).contains("bad\uFFFDname", "\uD83D\uDE00");
    }
}
