package dev.gatehouse.signin;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One of a user's MFA devices, as the security page lists it.
 *
 * @param type {@code authenticator-app} or {@code passkey}, also the event's method
 * @param id the app's id, or the passkey's credential id (base64url)
 */
record MfaDevice(String type, String id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {

    static final String AUTHENTICATOR_APP = "authenticator-app";
    static final String PASSKEY = "passkey";
}
