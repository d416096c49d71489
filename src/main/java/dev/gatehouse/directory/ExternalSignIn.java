package dev.gatehouse.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an OIDC provider said about someone signing in, for {@link DirectoryManagement#signInExternal}.
 *
 * @param registrationId the provider's registration id, which also marks the groups it brings
 * @param issuer the ID token's {@code iss}; with {@code subject} it names the identity for good
 * @param subject the ID token's {@code sub}
 * @param idpUsername the username claim's value, as sent; mapped by {@link ExternalNames#username}
 * @param groups the groups claim's values, names or paths; they replace the user's groups from this provider
 * @param adminGroups groups (names or paths) whose members are Gatehouse admins
 * @param autoCreateUsers whether an unknown identity creates a user; when false it may only claim an existing
 *        password-less user named exactly {@code idpUsername} (ignoring case) that no other identity of this issuer
 *        has claimed
 */
public record ExternalSignIn(String registrationId, String issuer, String subject, String idpUsername,
        String displayName, @Nullable String email, List<String> groups, List<String> adminGroups,
        boolean autoCreateUsers) {

    public ExternalSignIn {
        groups = List.copyOf(groups);
        adminGroups = List.copyOf(adminGroups);
    }
}
