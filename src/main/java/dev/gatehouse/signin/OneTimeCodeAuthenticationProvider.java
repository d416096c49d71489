package dev.gatehouse.signin;

import java.util.List;
import java.util.Optional;

import dev.gatehouse.settings.MfaMethod;
import dev.gatehouse.settings.SettingsManagement;
import dev.gatehouse.shared.Origin;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Checks a code typed at the second step: six digits from one of the user's authenticator apps (each code once),
 * or one of their recovery codes (each once). Wrong codes count like wrong passwords: the fifth within the window
 * pauses the user's second step.
 */
class OneTimeCodeAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticatorApps authenticatorApps;
    private final RecoveryCodes recoveryCodes;
    private final SettingsManagement settings;
    private final SignInThrottle throttle;
    private final SecondStepFailures failures;

    OneTimeCodeAuthenticationProvider(AuthenticatorApps authenticatorApps, RecoveryCodes recoveryCodes,
            SettingsManagement settings, SignInThrottle throttle, SecondStepFailures failures) {
        this.authenticatorApps = authenticatorApps;
        this.recoveryCodes = recoveryCodes;
        this.settings = settings;
        this.throttle = throttle;
        this.failures = failures;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        FactorAuthenticationToken request = (FactorAuthenticationToken) authentication;
        SignedInUser user = request.getPrincipal();
        throttle.checkSecondStepAllowed(user.username());
        String typed = request.getCredentials() == null ? "" : request.getCredentials();
        Optional<String> appCode = Totp.normalise(typed);
        String factor = null;
        SecondFactorRejectedException.Reason refusal = SecondFactorRejectedException.Reason.WRONG_CODE;
        if (appCode.isPresent() && settings.mfaPolicy().allows(MfaMethod.TOTP)) {
            AuthenticatorApps.Verification verification = authenticatorApps.verify(user.userId(), appCode.get());
            if (verification == AuthenticatorApps.Verification.ACCEPTED) {
                factor = MfaAuthorities.TOTP;
            }
            else if (verification == AuthenticatorApps.Verification.REPLAYED) {
                refusal = SecondFactorRejectedException.Reason.REPLAYED;
            }
        }
        else if (recoveryCodes.use(user.userId(), typed)) {
            factor = MfaAuthorities.RECOVERY_CODE;
        }
        if (factor == null) {
            failures.record(user, Origin.current(), "code", refusal.code(), true);
            throw new SecondFactorRejectedException(refusal);
        }
        throttle.recordSecondStepSuccess(user.username());
        FactorAuthenticationToken result = FactorAuthenticationToken.authenticated(user,
                List.of(FactorGrantedAuthority.fromAuthority(factor)));
        result.setDetails(request.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return FactorAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
