package dev.gatehouse.signin;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * An authenticator app being set up, kept in the session until the user confirms it with a code. Sessions are
 * stored in the database, so the seed is sealed here too.
 */
record PendingAuthenticatorApp(UUID userId, String sealedSecret, Instant startedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_ATTRIBUTE = PendingAuthenticatorApp.class.getName();

    static String sealContext(UUID userId) {
        return "pending-authenticator-app:user:" + userId;
    }

    @Override
    public String toString() {
        return "PendingAuthenticatorApp[userId=" + userId + ", startedAt=" + startedAt + "]";
    }
}
