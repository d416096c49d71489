package dev.gatehouse.signin;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A passkey registration between its options and the authenticator's answer, kept in the session. Spring
 * Security's own creation options are not serialisable, and sessions are stored in the database, so only
 * what the answer is checked against is kept: whose it is and the challenge.
 */
record PendingPasskey(UUID userId, byte[] challenge, Instant startedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_ATTRIBUTE = PendingPasskey.class.getName();
}
