package dev.gatehouse.signin;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.settings.SettingsManagement;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;

/**
 * What the browser filter chain wires in for the second sign-in step of directory users; the filters themselves
 * are in {@link SecondStepConfigurer}, the rule every other page gets in {@link SecondStepAuthorizationManager}.
 */
@Component
class SecondStepSecurity {

    /** The second-step page: for any signed-in browser (it sends those that owe nothing on). */
    static final String[] SECOND_STEP_PATHS = { OneTimeCodeAuthenticationFilter.PATH };

    /** Registering a device: also open to a sign-in that waits for its first one. */
    static final String[] REGISTRATION_PATHS = { "/settings/security/authenticator-app",
            "/settings/security/passkeys/**", "/settings/security/recovery-codes/first" };

    private final SecondStepPolicy policy;
    private final OneTimeCodeAuthenticationProvider codes;
    private final PasskeyAuthenticationProvider passkeys;
    private final WebAuthnRelyingPartyOperations relyingParty;
    private final TrustedDevices trustedDevices;
    private final AuthenticationEventPublisher events;

    SecondStepSecurity(SecondStepPolicy policy, AuthenticatorApps authenticatorApps, RecoveryCodes recoveryCodes,
            SettingsManagement settings, SignInThrottle throttle, SecondStepFailures failures,
            PasskeyUserEntities userEntities, DirectoryManagement directory,
            WebAuthnRelyingPartyOperations relyingParty, TrustedDevices trustedDevices,
            AuthenticationEventPublisher events) {
        this.policy = policy;
        this.codes = new OneTimeCodeAuthenticationProvider(authenticatorApps, recoveryCodes, settings, throttle,
                failures);
        this.passkeys = new PasskeyAuthenticationProvider(relyingParty, userEntities, directory, settings, failures);
        this.relyingParty = relyingParty;
        this.trustedDevices = trustedDevices;
        this.events = events;
    }

    /** The password provider, followed by the policy's decision about the second step. */
    AuthenticationProvider afterPassword(AuthenticationProvider passwords) {
        return new SecondStepDecidingProvider(passwords, policy);
    }

    /** The sign-in form's details: the usual ones plus the trusted-device cookie. */
    AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> signInDetails() {
        return SignInDetails.source();
    }

    SecondStepConfigurer configurer() {
        return new SecondStepConfigurer(codes, passkeys, relyingParty, policy, trustedDevices, events);
    }

    AuthorizationManager<RequestAuthorizationContext> secondStepPage() {
        AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();
        return (authentication, request) -> new AuthorizationDecision(trust.isAuthenticated(authentication.get()));
    }

    /**
     * Signed in, or a sign-in waiting for its user's first device; one that owes a code is sent to the second step,
     * also when it waited for a first device that the user has registered elsewhere since.
     */
    AuthorizationManager<RequestAuthorizationContext> registration() {
        AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();
        SecondStepAuthorizationManager secondStep = new SecondStepAuthorizationManager();
        return (authentication, request) -> {
            if (policy.registrationOwed(authentication.get())) {
                return new AuthorizationDecision(true);
            }
            return trust.isAuthenticated(authentication.get())
                    ? secondStep.authorize(authentication, request)
                    : new AuthorizationDecision(false);
        };
    }
}
