package dev.gatehouse.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After a passed second step: under the "only when the sign-in context changes" prompt the browser is remembered
 * for 30 days, then the user goes where they were going.
 */
class SecondStepSuccessHandler implements AuthenticationSuccessHandler {

    private final SecondStepPolicy policy;
    private final TrustedDevices trustedDevices;
    private final AuthenticationSuccessHandler next;

    SecondStepSuccessHandler(SecondStepPolicy policy, TrustedDevices trustedDevices,
            AuthenticationSuccessHandler next) {
        this.policy = policy;
        this.trustedDevices = trustedDevices;
        this.next = next;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof SignedInUser user
                && MfaAuthorities.has(authentication, MfaAuthorities.PASSWORD) && policy.trustsBrowsers()) {
            trustedDevices.trust(user.userId(), request, response);
        }
        next.onAuthenticationSuccess(request, response, authentication);
    }
}
