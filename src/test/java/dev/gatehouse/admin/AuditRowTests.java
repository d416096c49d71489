package dev.gatehouse.admin;

import java.time.Instant;

import dev.gatehouse.audit.AuditEventView;
import dev.gatehouse.shared.Outcome;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit list's rows: UTC time, and the detail that tells events of one action apart. */
class AuditRowTests {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAdminChangeIsSummarisedByWhatChangedAndTheTimeIsUtc() {
        AuditRow row = AuditRow.of(event("{\"type\": \"user\", \"operation\": \"create\", \"target\": \"alice\"}"), json);

        assertThat(row.time()).isEqualTo("2026-06-01 09:00:05");
        assertThat(row.summary()).isEqualTo("user · create · alice");
    }

    @Test
    void aFailedSignInIsSummarisedByMethodAndReasonAndNestedValuesAreLeftOut() {
        assertThat(AuditRow.of(event("{\"method\": \"password\", \"reason\": \"bad-credentials\"}"), json).summary())
                .isEqualTo("password · bad-credentials");
        assertThat(AuditRow.of(event("{\"destination\": {\"url\": \"x\"}, \"accessKeyId\": \"ASIAEXAMPLE\"}"), json)
                .summary()).isEqualTo("ASIAEXAMPLE");
    }

    @Test
    void detailsThatAreNotJsonOrSayNothingKnownGiveNoSummary() {
        assertThat(AuditRow.of(event("not json {"), json).summary()).isEmpty();
        assertThat(AuditRow.of(event("{\"other\": 1}"), json).summary()).isEmpty();
    }

    private static AuditEventView event(String details) {
        return new AuditEventView(1, Instant.parse("2026-06-01T09:00:05Z"), "AdminChange", Outcome.SUCCESS.name(), null,
                "admin", null, null, null, null, null, details, "hash", null);
    }
}
