package dev.gatehouse.signin;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.UserPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns Spring Security's events for the browser sign-in into the audit trail's events, each published in a
 * transaction of its own so that it is recorded. Only interactive sign-ins count: a request that authenticates
 * with a token on every call is not a sign-in.
 */
@Component
class SignInEvents {

    static final String PASSWORD = "password";
    static final String OIDC = "oidc:";
    static final String PASSKEY = "passkey";
    private static final List<Map.Entry<String, String>> SECOND_FACTORS = List.of(
            Map.entry(MfaAuthorities.TOTP, "totp"), Map.entry(MfaAuthorities.RECOVERY_CODE, "recovery-code"),
            Map.entry(MfaAuthorities.WEBAUTHN, PASSKEY), Map.entry(MfaAuthorities.TRUSTED_DEVICE, "trusted-browser"));

    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInEvents(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** A password alone that still owes its second step is not a sign-in yet; the step that completes it is. */
    @EventListener
    @Transactional
    void signedIn(InteractiveAuthenticationSuccessEvent success) {
        Authentication authentication = success.getAuthentication();
        String method = completedMethodOf(authentication);
        if (method != null && !MfaAuthorities.secondStepPending(authentication)) {
            events.publishEvent(new SignedIn(clock.instant(), Origin.current(), method));
        }
    }

    @EventListener
    @Transactional
    void signInFailed(AbstractAuthenticationFailureEvent failure) {
        String method = methodOf(failure.getAuthentication());
        if (method == null) {
            return;
        }
        String pausedFor = null;
        String reason;
        if (failure.getException() instanceof SignInPausedException paused) {
            reason = "paused";
            pausedFor = paused.reason() == SignInPausedException.Reason.ADDRESS ? "address" : "username";
        }
        else if (failure instanceof AuthenticationFailureBadCredentialsEvent) {
            reason = "bad-credentials";
        }
        else if (failure instanceof AuthenticationFailureDisabledEvent) {
            reason = "disabled";
        }
        else if (failure.getException() instanceof OAuth2AuthenticationException refused) {
            reason = refused.getError().getErrorCode();
        }
        else {
            reason = "error";
        }
        // A provider's sign-in fails before anyone is known; a password attempt names the username as typed.
        Origin origin = method.equals(PASSWORD) ? Origin.attempt(failure.getAuthentication().getName()) : Origin.current();
        events.publishEvent(new SignInFailed(clock.instant(), origin, method, reason, pausedFor));
    }

    @EventListener
    @Transactional
    void signedOut(LogoutSuccessEvent logout) {
        if (logout.getAuthentication().getPrincipal() instanceof UserPrincipal user) {
            events.publishEvent(new SignedOut(clock.instant(), Origin.of(user)));
        }
    }

    /**
     * How a sign-in was completed: {@code oidc:{registrationId}}, {@code passkey}, or {@code password} followed by
     * the second step's factor ({@code password+totp}, {@code +recovery-code}, {@code +passkey},
     * {@code +trusted-browser}); null for what is not a browser sign-in.
     */
    private static @Nullable String completedMethodOf(Authentication authentication) {
        if (authentication instanceof OAuth2AuthenticationToken provider) {
            return OIDC + provider.getAuthorizedClientRegistrationId();
        }
        if (!(authentication.getPrincipal() instanceof SignedInUser)) {
            return null;
        }
        boolean password = MfaAuthorities.has(authentication, MfaAuthorities.PASSWORD);
        boolean passkey = MfaAuthorities.has(authentication, MfaAuthorities.WEBAUTHN);
        if (!password) {
            return passkey ? PASSKEY : null;
        }
        StringBuilder method = new StringBuilder(PASSWORD);
        for (Map.Entry<String, String> factor : SECOND_FACTORS) {
            if (MfaAuthorities.has(authentication, factor.getKey())) {
                method.append('+').append(factor.getValue());
            }
        }
        return method.toString();
    }

    /** {@code password}, {@code oidc:{registrationId}}, or null for what is not an attempt to sign in. */
    private static @Nullable String methodOf(Authentication authentication) {
        if (authentication instanceof UsernamePasswordAuthenticationToken) {
            return PASSWORD;
        }
        if (authentication instanceof OAuth2AuthenticationToken provider) {
            return OIDC + provider.getAuthorizedClientRegistrationId();
        }
        if (authentication instanceof OAuth2LoginAuthenticationToken login) {
            return OIDC + login.getClientRegistration().getRegistrationId();
        }
        return null;
    }
}
