package dev.gatehouse.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * After the Gatehouse session has ended: someone who signed in through an OIDC provider that announces an
 * {@code end_session_endpoint} goes there to end the provider's session too (RP-initiated logout), and comes
 * back to the sign-in page; everyone else goes straight to the sign-in page.
 */
class SignOutSuccessHandler implements LogoutSuccessHandler {

    static final String SIGNED_OUT = "/signin?signedout";

    private static final Logger log = LoggerFactory.getLogger(SignOutSuccessHandler.class);

    private final OidcClientInitiatedLogoutSuccessHandler providerSignOut;
    private final SimpleUrlLogoutSuccessHandler localSignOut = new SimpleUrlLogoutSuccessHandler();

    SignOutSuccessHandler(ClientRegistrationRepository registrations) {
        providerSignOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        providerSignOut.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
        providerSignOut.setDefaultTargetUrl(SIGNED_OUT);
        localSignOut.setDefaultTargetUrl(SIGNED_OUT);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            @Nullable Authentication authentication) throws IOException, ServletException {
        try {
            providerSignOut.onLogoutSuccess(request, response, authentication);
        }
        catch (AuthenticationServiceException unreachable) {
            log.warn("Signed out of Gatehouse only: {}", unreachable.getMessage());
            localSignOut.onLogoutSuccess(request, response, authentication);
        }
    }
}
