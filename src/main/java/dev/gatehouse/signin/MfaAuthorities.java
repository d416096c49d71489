package dev.gatehouse.signin;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The authorities that tell how far a browser sign-in has come. A directory user's password step ends with
 * {@value #PASSWORD} and one of {@value #NOT_REQUIRED}, {@value #REQUIRED} or {@value #REGISTRATION_REQUIRED};
 * the second step adds the factor that passed it. A sign-in with a password is complete only with a positive
 * mark: one of {@link #COMPLETING}.
 */
final class MfaAuthorities {

    static final String PASSWORD = FactorGrantedAuthority.PASSWORD_AUTHORITY;
    static final String TOTP = "FACTOR_TOTP";
    static final String RECOVERY_CODE = "FACTOR_RECOVERY_CODE";
    static final String WEBAUTHN = FactorGrantedAuthority.WEBAUTHN_AUTHORITY;
    static final String TRUSTED_DEVICE = "FACTOR_TRUSTED_DEVICE";

    /** The policy asks for no second step at this sign-in. */
    static final String NOT_REQUIRED = "MFA_NOT_REQUIRED";
    /** A second step is owed with one of the user's devices. */
    static final String REQUIRED = "MFA_REQUIRED";
    /** A second step is owed, and the user first has to register a device. */
    static final String REGISTRATION_REQUIRED = "MFA_REGISTRATION_REQUIRED";

    static final Set<String> COMPLETING = Set.of(TOTP, RECOVERY_CODE, WEBAUTHN, TRUSTED_DEVICE, NOT_REQUIRED);

    private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

    private MfaAuthorities() {
    }

    static boolean has(Authentication authentication, String authority) {
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    /** A directory user's password sign-in that still owes its second step. */
    static boolean secondStepPending(@Nullable Authentication authentication) {
        if (!TRUST.isAuthenticated(authentication) || !(authentication.getPrincipal() instanceof SignedInUser)
                || !has(authentication, PASSWORD)) {
            return false;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (COMPLETING.contains(granted.getAuthority())) {
                return false;
            }
        }
        return true;
    }

    static boolean registrationPending(@Nullable Authentication authentication) {
        return secondStepPending(authentication) && has(authentication, REGISTRATION_REQUIRED);
    }

    /** Signed in all the way: authenticated, and no second step owed. */
    static boolean signedIn(@Nullable Authentication authentication) {
        return TRUST.isAuthenticated(authentication) && !secondStepPending(authentication);
    }
}
