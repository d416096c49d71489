package dev.gatehouse.portal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.gatehouse.credentials.CredentialExports;
import dev.gatehouse.credentials.CredentialsManagement;
import dev.gatehouse.credentials.RoleSession;

/**
 * What the access keys popup shows. The secrets are only inside {@code session} and {@code exports}, whose
 * {@code toString()} hides them, so this record is safe in a debug log of the model.
 */
record CredentialsPopup(RoleSession session, CredentialExports exports, String startUrl, String region) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String expirationIso() {
        return session.credentials().expiration().toString();
    }

    public String expirationUtc() {
        return UTC.format(session.credentials().expiration());
    }

    public long durationMinutes() {
        return session.duration().toMinutes();
    }

    public long configuredHours() {
        return session.role().sessionDuration().toHours();
    }

    public long roleChainingLimitHours() {
        return CredentialsManagement.ROLE_CHAINING_LIMIT.toHours();
    }
}
