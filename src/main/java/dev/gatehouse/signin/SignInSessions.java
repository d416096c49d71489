package dev.gatehouse.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Completes a sign-in that waited for its user to register a first device: registering it (with a code from
 * the new authenticator app, or with the new passkey) is the second step. Only the first: a sign-in that waited
 * while its user registered a device elsewhere owes a second step with that one (see
 * {@link SecondStepPolicy#registrationOwed}).
 */
@Component
class SignInSessions {

    private final SecondStepPolicy policy;
    private final TrustedDevices trustedDevices;
    private final AuthenticationEventPublisher authenticationEvents;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignInSessions(SecondStepPolicy policy, TrustedDevices trustedDevices,
            AuthenticationEventPublisher authenticationEvents, ApplicationEventPublisher events) {
        this.policy = policy;
        this.trustedDevices = trustedDevices;
        this.authenticationEvents = authenticationEvents;
        this.events = events;
    }

    /** @param factor {@link MfaAuthorities#TOTP} or {@link MfaAuthorities#WEBAUTHN} */
    void registeredDuringSignIn(String factor, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = holder.getContext().getAuthentication();
        if (!MfaAuthorities.registrationPending(current) || !(current.getPrincipal() instanceof SignedInUser user)
                || policy.devices(user.userId()) != 1) {
            return;
        }
        Authentication completed = current.toBuilder()
                .authorities(authorities -> authorities.add(FactorGrantedAuthority.fromAuthority(factor)))
                .build();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(completed);
        holder.setContext(context);
        request.changeSessionId();
        repository.saveContext(context, request, response);
        if (policy.trustsBrowsers()) {
            trustedDevices.trust(user.userId(), request, response);
        }
        authenticationEvents.publishAuthenticationSuccess(completed);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(completed, SignInSessions.class));
    }
}
