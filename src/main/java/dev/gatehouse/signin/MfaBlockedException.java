package dev.gatehouse.signin;

import org.springframework.security.authentication.AccountStatusException;

/** The policy blocks users without an MFA device, and this one has none. Only said after the right password. */
class MfaBlockedException extends AccountStatusException {

    MfaBlockedException() {
        super("Sign-in needs an MFA device and the user has none");
    }
}
