package dev.gatehouse.signin;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Sign-in is paused after too many failures, for a username or for a client address. */
class SignInPausedException extends LockedException {

    enum Reason { USERNAME, ADDRESS }

    private final Reason reason;
    private final Instant pausedUntil;

    SignInPausedException(Reason reason, Instant pausedUntil) {
        super("Sign-in paused after too many failed attempts");
        this.reason = reason;
        this.pausedUntil = pausedUntil;
    }

    Reason reason() {
        return reason;
    }

    Instant pausedUntil() {
        return pausedUntil;
    }
}
