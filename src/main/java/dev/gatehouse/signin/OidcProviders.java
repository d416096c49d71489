package dev.gatehouse.signin;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.stereotype.Component;

/**
 * The OIDC providers people may sign in with: every {@code spring.security.oauth2.client.registration.*}, with
 * its {@code gatehouse.signin.oidc.*} settings. Checks at start-up what can be checked without the network.
 */
@Component
class OidcProviders {

    /** @param displayName the registration's {@code client-name}, else its id capitalised: "Sign in with …" */
    record OidcProvider(String registrationId, String displayName, SignInProperties.Oidc settings) {
    }

    private final Map<String, OidcProvider> providers;

    OidcProviders(OAuth2ClientProperties clients, SignInProperties properties) {
        Map<String, OAuth2ClientProperties.Registration> registrations = clients.getRegistration();
        for (String configured : properties.oidc().keySet()) {
            if (!registrations.containsKey(configured)) {
                throw new IllegalStateException("gatehouse.signin.oidc." + configured + " names no registration; "
                        + "configured registrations: " + registrations.keySet());
            }
        }
        registrations.forEach((id, registration) -> {
            Set<String> scope = registration.getScope();
            if (scope != null && !scope.contains(OidcScopes.OPENID)) {
                throw new IllegalStateException("spring.security.oauth2.client.registration." + id
                        + ".scope must include 'openid': Gatehouse signs people in with OpenID Connect");
            }
        });
        if (!properties.password().enabled() && registrations.isEmpty()) {
            throw new IllegalStateException("gatehouse.signin.password.enabled=false needs at least one OIDC "
                    + "provider (spring.security.oauth2.client.registration.*), or nobody could sign in");
        }
        this.providers = registrations.entrySet().stream()
                .map(entry -> new OidcProvider(entry.getKey(), displayName(entry.getKey(), entry.getValue()),
                        properties.oidc(entry.getKey())))
                .sorted(Comparator.comparing(OidcProvider::displayName).thenComparing(OidcProvider::registrationId))
                .collect(Collectors.toMap(OidcProvider::registrationId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** Sorted by display name. */
    List<OidcProvider> all() {
        return List.copyOf(providers.values());
    }

    Optional<OidcProvider> find(String registrationId) {
        return Optional.ofNullable(providers.get(registrationId));
    }

    private static String displayName(String registrationId, OAuth2ClientProperties.Registration registration) {
        String name = registration.getClientName();
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        return registrationId.substring(0, 1).toUpperCase(Locale.ROOT) + registrationId.substring(1);
    }
}
