package dev.gatehouse.signin;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import static org.assertj.core.api.Assertions.assertThat;

/** A provider's error description is its own text: it is logged on the failure's one line, never as new lines. */
@ExtendWith(OutputCaptureExtension.class)
class OidcSignInFailureLogTests {

    @Test
    void aDescriptionWithLineBreaksCannotForgeLogLines(CapturedOutput output) throws Exception {
        var registration = new OAuth2ClientProperties.Registration();
        registration.setClientId("gatehouse");
        var clients = new OAuth2ClientProperties();
        clients.getRegistration().put("keycloak", registration);
        var handler = new OidcSignInFailureHandler(new OidcProviders(clients, new SignInProperties(
                new SignInProperties.Lockout(5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15)),
                new SignInProperties.Password(true), Map.of())));
        var request = new MockHttpServletRequest("GET", "/login/oauth2/code/keycloak");
        request.setParameter("error", "temporarily_unavailable");
        String forged = "busy\r\n2026-12-01T00:00:00.000Z  INFO 1 --- [gatehouse] : Signed in admin";
        var failure = new OAuth2AuthenticationException(
                new OAuth2Error("temporarily_unavailable", forged, null), "[temporarily_unavailable] " + forged);

        handler.onAuthenticationFailure(request, new MockHttpServletResponse(), failure);

        assertThat(output.getAll()).contains("OIDC sign-in through 'keycloak' refused (oidc-refused)")
                .contains("busy__2026-12-01T00:00:00.000Z")
                .doesNotContain("\n2026-12-01T00:00:00.000Z");
    }
}
