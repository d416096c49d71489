package dev.gatehouse.audit;

import java.time.Instant;
import java.util.UUID;

import dev.gatehouse.directory.UserPasswordChanged;
import dev.gatehouse.shared.Origin;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What the audit trail stores for a password change: how it was set, which is no secret, and never the password. */
class PasswordChangeDetailsTests {

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
}
