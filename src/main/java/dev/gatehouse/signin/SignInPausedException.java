package dev.gatehouse.signin;

import org.springframework.security.authentication.LockedException;

/** Sign-in is paused after too many failures, for a username or for a client address. */
class SignInPausedException extends LockedException {

    enum Reason { USERNAME, ADDRESS }

    private final Reason reason;

    SignInPausedException(Reason reason) {
        super("Sign-in paused after too many failed attempts");
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
