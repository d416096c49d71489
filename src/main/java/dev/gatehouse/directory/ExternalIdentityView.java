package dev.gatehouse.directory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One identity at an OIDC provider that signs a user in, for the admin user page.
 *
 * @param registrationId the provider's registration ({@code spring.security.oauth2.client.registration.*})
 *        it last signed in through; null only for links made before Gatehouse recorded it
 * @param idpUsername the username the provider sent at the last sign-in, before it was mapped
 * @param username the user's Gatehouse username, which is also their AWS role session name
 * @param lastSignInAt null only for links made before Gatehouse recorded it
 */
public record ExternalIdentityView(@Nullable String registrationId, String issuer, String subject,
        @Nullable String idpUsername, String username, Instant linkedAt, @Nullable Instant lastSignInAt) {

    /** Whether the provider's username had to be changed to become a valid Gatehouse username. */
    public boolean usernameMapped() {
        return idpUsername != null && !idpUsername.equals(username);
    }
}
