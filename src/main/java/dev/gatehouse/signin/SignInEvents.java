package dev.gatehouse.signin;

import java.time.Clock;

import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.UserPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
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

    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInEvents(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void signedIn(InteractiveAuthenticationSuccessEvent success) {
        if (success.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            events.publishEvent(new SignedIn(clock.instant(), Origin.current(), PASSWORD));
        }
    }

    @EventListener
    @Transactional
    void signInFailed(AbstractAuthenticationFailureEvent failure) {
        if (!(failure.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
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
        else {
            reason = "error";
        }
        events.publishEvent(new SignInFailed(clock.instant(), Origin.attempt(attempt.getName()), PASSWORD, reason,
                pausedFor));
    }

    @EventListener
    @Transactional
    void signedOut(LogoutSuccessEvent logout) {
        if (logout.getAuthentication().getPrincipal() instanceof UserPrincipal user) {
            events.publishEvent(new SignedOut(clock.instant(), Origin.of(user)));
        }
    }
}
