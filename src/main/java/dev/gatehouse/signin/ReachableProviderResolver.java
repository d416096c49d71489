package dev.gatehouse.signin;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * Spring's authorization request, sent only when the provider answers at all: a provider that went down after
 * its discovery would otherwise leave the person on a browser error page instead of Gatehouse's "not
 * reachable" page. One HEAD request to the authorization endpoint per click on "Sign in with …"; any HTTP
 * status counts as reachable. It goes through the JVM's proxy settings like the other calls to the provider.
 */
class ReachableProviderResolver implements OAuth2AuthorizationRequestResolver {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final DefaultOAuth2AuthorizationRequestResolver requests;
    private final SimpleClientHttpRequestFactory probes = new SimpleClientHttpRequestFactory();

    ReachableProviderResolver(ClientRegistrationRepository registrations) {
        this.requests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        probes.setConnectTimeout(TIMEOUT);
        probes.setReadTimeout(TIMEOUT);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return reachable(requests.resolve(request));
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return reachable(requests.resolve(request, clientRegistrationId));
    }

    private @Nullable OAuth2AuthorizationRequest reachable(@Nullable OAuth2AuthorizationRequest authorization) {
        if (authorization == null) {
            return null;
        }
        try (ClientHttpResponse ignored = probes.createRequest(URI.create(authorization.getAuthorizationUri()),
                HttpMethod.HEAD).execute()) {
            return authorization;
        }
        catch (IOException down) {
            String registrationId = authorization.getAttribute(OAuth2ParameterNames.REGISTRATION_ID);
            throw new IdentityProviderUnavailableException(registrationId != null ? registrationId : "unknown", down);
        }
    }
}
