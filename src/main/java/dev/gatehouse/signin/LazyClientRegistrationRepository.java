package dev.gatehouse.signin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.gatehouse.shared.PlainText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Spring Boot's own mapping of {@code spring.security.oauth2.client.*}, but a provider's {@code issuer-uri} is
 * resolved (OIDC discovery) at its first use instead of at start-up, so that an identity provider that is down
 * does not stop Gatehouse. A failed discovery is retried at the next use; a successful one is kept.
 * Registrations without an issuer need no network and are mapped, and so checked, at start-up.
 */
class LazyClientRegistrationRepository implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(LazyClientRegistrationRepository.class);

    private final OAuth2ClientProperties properties;
    private final Map<String, ClientRegistration> resolved = new ConcurrentHashMap<>();

    LazyClientRegistrationRepository(OAuth2ClientProperties properties) {
        this.properties = properties;
        properties.getRegistration().forEach(LazyClientRegistrationRepository::requireResolved);
        properties.getRegistration().keySet().stream()
                .filter(id -> issuerOf(id) == null)
                .forEach(id -> resolved.put(id, map(id)));
    }

    /**
     * @return null for an unknown registration id
     * @throws IdentityProviderUnavailableException when the provider's discovery document cannot be fetched
     */
    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!properties.getRegistration().containsKey(registrationId)) {
            return null;
        }
        return resolved.computeIfAbsent(registrationId, this::discover);
    }

    private ClientRegistration discover(String registrationId) {
        try {
            ClientRegistration registration = map(registrationId);
            log.info("Discovered the OIDC provider of registration '{}' at {}", registrationId, issuerOf(registrationId));
            return registration;
        }
        catch (RuntimeException unreachable) {
            log.warn("Cannot discover the OIDC provider of registration '{}' at {}: {}", registrationId,
                    issuerOf(registrationId), PlainText.forLog(unreachable.getMessage()));
            throw new IdentityProviderUnavailableException(registrationId, unreachable);
        }
    }

    private ClientRegistration map(String registrationId) {
        OAuth2ClientProperties one = new OAuth2ClientProperties();
        OAuth2ClientProperties.Registration registration = properties.getRegistration().get(registrationId);
        one.getRegistration().put(registrationId, registration);
        one.getProvider().putAll(properties.getProvider());
        return new OAuth2ClientPropertiesMapper(one).asClientRegistrations().get(registrationId);
    }

    /**
     * Spring Boot leaves a placeholder whose variable is not set as it is, so a forgotten
     * {@code KEYCLOAK_CLIENT_SECRET} would only show as the provider refusing every sign-in.
     */
    private static void requireResolved(String registrationId, OAuth2ClientProperties.Registration registration) {
        for (String value : new String[] { registration.getClientId(), registration.getClientSecret() }) {
            if (value != null && value.contains("${")) {
                throw new UnresolvedPlaceholderException("The OIDC registration '" + registrationId + "' has the "
                        + "unresolved placeholder " + value + " as its client id or secret.");
            }
        }
    }

    private @Nullable String issuerOf(String registrationId) {
        String providerId = properties.getRegistration().get(registrationId).getProvider();
        OAuth2ClientProperties.Provider provider = properties.getProvider()
                .get(providerId != null ? providerId : registrationId);
        return provider != null ? provider.getIssuerUri() : null;
    }

    /** A client id or secret that is still a {@code ${...}} placeholder after Spring Boot resolved the properties. */
    static final class UnresolvedPlaceholderException extends IllegalStateException {

        UnresolvedPlaceholderException(String message) {
            super(message);
        }
    }
}
