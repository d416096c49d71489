package dev.gatehouse.signin;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.authorization.RequiredFactor;
import org.springframework.security.authorization.RequiredFactorError;
import org.springframework.security.core.Authentication;

/**
 * Added to every {@code authenticated()} and {@code hasRole(...)} rule, in the filter chains and in
 * {@code @PreAuthorize}: a password sign-in that owes its second step is refused with the factors it lacks, which
 * sends the browser to the second-step page. Any other authentication (passkey, external IdP, API token) passes.
 */
class SecondStepAuthorizationManager implements AuthorizationManager<Object> {

    private static final AuthorizationDecision NOT_CONCERNED = new AuthorizationDecision(true);
    private static final List<RequiredFactorError> MISSING = List.of(
            RequiredFactorError.createMissing(RequiredFactor.withAuthority(MfaAuthorities.TOTP).build()),
            RequiredFactorError.createMissing(RequiredFactor.withAuthority(MfaAuthorities.WEBAUTHN).build()));

    @Override
    public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication, Object object) {
        return MfaAuthorities.secondStepPending(authentication.get())
                ? new FactorAuthorizationDecision(MISSING)
                : NOT_CONCERNED;
    }
}
