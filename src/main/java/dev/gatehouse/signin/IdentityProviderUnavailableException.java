package dev.gatehouse.signin;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The provider's discovery document could not be fetched, so its endpoints are unknown for now. An
 * authentication exception, so that every sign-in filter turns it into the "not reachable" page.
 */
class IdentityProviderUnavailableException extends AuthenticationServiceException {

    private final String registrationId;

    IdentityProviderUnavailableException(String registrationId, Throwable cause) {
        super("The identity provider of registration '" + registrationId + "' is not reachable", cause);
        this.registrationId = registrationId;
    }

    String registrationId() {
        return registrationId;
    }
}
