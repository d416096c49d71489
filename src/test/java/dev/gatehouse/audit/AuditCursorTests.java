package dev.gatehouse.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCursorTests {

    @Test
    void aTokenParsesBackToItsCursor() {
        AuditCursor cursor = new AuditCursor(Instant.parse("2026-06-01T09:00:00.123456Z"), 42);

        assertThat(AuditCursor.parse(cursor.token())).contains(cursor);
    }

    /**
     * The smallest 19-digit count of microseconds is the year -290308, which PostgreSQL refuses to compare with a
     * timestamp (an error instead of an empty page); no event lies outside the years 1 to 9999 either way.
     */
    @ParameterizedTest
    @ValueSource(strings = { "-9223372036854775808_1", "9223372036854775807_1", "-62135596800000001_1",
            "253402300800000001_1", "99999999999999999999_1", "1_99999999999999999999", "abc", "1_", "_1", "" })
    void tokensThatNoPageEndedAtAreRefused(String token) {
        assertThat(AuditCursor.parse(token)).isEmpty();
    }

    @Test
    void theFirstAndLastMicrosecondOfTheYears1To9999AreCursors() {
        assertThat(AuditCursor.parse("-62135596800000000_1")).get().extracting(AuditCursor::time)
                .isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
        assertThat(AuditCursor.parse("253402300800000000_1")).get().extracting(AuditCursor::time)
                .isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
    }
}
