package dev.gatehouse.signin;

import dev.gatehouse.directory.SignInAccount;
import dev.gatehouse.shared.Origin;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Confirms a sensitive change (removing a device, new recovery codes) with the user's password or a current code
 * from one of their authenticator apps. Wrong answers count towards the pause of the user's second step.
 */
@Component
class Reauthentication {

    private final PasswordEncoder passwordEncoder;
    private final AuthenticatorApps authenticatorApps;
    private final SignInThrottle throttle;
    private final SecondStepFailures failures;

    Reauthentication(PasswordEncoder passwordEncoder, AuthenticatorApps authenticatorApps, SignInThrottle throttle,
            SecondStepFailures failures) {
        this.passwordEncoder = passwordEncoder;
        this.authenticatorApps = authenticatorApps;
        this.throttle = throttle;
        this.failures = failures;
    }

    /** @throws SignInPausedException while the user's second step is paused */
    boolean confirms(SignInAccount account, String proof) {
        throttle.checkSecondStepAllowed(account.username());
        boolean confirmed = account.passwordHash() != null && passwordEncoder.matches(proof, account.passwordHash())
                || Totp.normalise(proof).filter(code -> authenticatorApps.verify(account.id(), code)
                        == AuthenticatorApps.Verification.ACCEPTED).isPresent();
        if (confirmed) {
            throttle.recordSecondStepSuccess(account.username());
        }
        else {
            failures.record(account.id(), account.username(), Origin.current(), "reauthentication", "wrong-code", true);
        }
        return confirmed;
    }
}
