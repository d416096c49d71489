package dev.gatehouse.signin;

import org.springframework.security.core.AuthenticationException;

/**
 * A code or passkey that did not pass the second step. Deliberately not one of the exceptions Spring Security
 * turns into a failed-sign-in event: the refusal is published as {@link MfaFailed}.
 */
class SecondFactorRejectedException extends AuthenticationException {

    enum Reason {
        WRONG_CODE, REPLAYED, NOT_PENDING;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    SecondFactorRejectedException(Reason reason) {
        super("Second factor refused: " + reason.code());
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
