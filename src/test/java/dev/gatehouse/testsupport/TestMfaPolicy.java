package dev.gatehouse.testsupport;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

/** Stores an MFA policy as runtime settings rows, the way an admin's save on the settings page does. */
public final class TestMfaPolicy {

    private TestMfaPolicy() {
    }

    /**
     * @param prompt {@code always}, {@code context-change} or {@code never}
     * @param methods {@code totp}, {@code webauthn}, {@code totp,webauthn} or empty
     * @param withoutDevice {@code require-registration}, {@code block} or {@code allow}
     */
    public static void store(JdbcTemplate jdbc, String prompt, String methods, String withoutDevice) {
        jdbc.update("delete from runtime_settings where setting_key like 'mfa.%'");
        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        String insert = "insert into runtime_settings (setting_key, setting_value, updated_at, updated_by, version) "
                + "values (?, ?, ?, 'test', 0)";
        jdbc.update(insert, "mfa.prompt", prompt, now);
        jdbc.update(insert, "mfa.methods", methods, now);
        jdbc.update(insert, "mfa.without-device", withoutDevice, now);
    }

    /** Back to the {@code gatehouse.mfa.*} properties. */
    public static void forget(JdbcTemplate jdbc) {
        jdbc.update("delete from runtime_settings where setting_key like 'mfa.%'");
    }
}
