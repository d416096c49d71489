package dev.gatehouse.signin;

import java.util.List;
import java.util.Map;

import dev.gatehouse.directory.ExternalSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OidcClaimsTests {

    private static final String ISSUER = "https://idp.example.com/realms/main";

    private final OidcProviders.OidcProvider defaults = provider(new SignInProperties.Oidc(null, "groups",
            List.of("platform-admins"), true));

    @Test
    void readsPreferredUsernameNameEmailAndGroups() {
        ExternalSignIn signIn = OidcClaims.toSignIn(defaults, ISSUER, "sub-1", Map.of(
                "preferred_username", "ada", "name", "Ada Lovelace", "email", "ada@example.com",
                "groups", List.of("/platform-admins", "/developers")));

        assertThat(signIn.registrationId()).isEqualTo("keycloak");
        assertThat(signIn.issuer()).isEqualTo(ISSUER);
        assertThat(signIn.subject()).isEqualTo("sub-1");
        assertThat(signIn.idpUsername()).isEqualTo("ada");
        assertThat(signIn.displayName()).isEqualTo("Ada Lovelace");
        assertThat(signIn.email()).isEqualTo("ada@example.com");
        assertThat(signIn.groups()).containsExactly("/platform-admins", "/developers");
        assertThat(signIn.adminGroups()).containsExactly("platform-admins");
        assertThat(signIn.autoCreateUsers()).isTrue();
    }

    @Test
    void withoutPreferredUsernameTheEmailIsTheUsernameUnlessItIsUnverified() {
        assertThat(OidcClaims.toSignIn(defaults, ISSUER, "sub-1", Map.of("email", "ada@example.com"))
                .idpUsername()).isEqualTo("ada@example.com");
        assertThat(OidcClaims.toSignIn(defaults, ISSUER, "sub-1",
                Map.of("email", "ada@example.com", "email_verified", true)).idpUsername()).isEqualTo("ada@example.com");

        assertThatThrownBy(() -> OidcClaims.toSignIn(defaults, ISSUER, "sub-1",
                Map.of("email", "ada@example.com", "email_verified", false)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, refused -> {
                    assertThat(refused.getError().getErrorCode()).isEqualTo(OidcClaims.NO_USERNAME);
                    assertThat(refused.getError().getDescription()).isEqualTo("preferred_username, email");
                });
    }

    @Test
    void aConfiguredUsernameClaimIsTheOnlyOneRead() {
        OidcProviders.OidcProvider upn = provider(new SignInProperties.Oidc("upn", "groups", List.of(), true));

        assertThat(OidcClaims.toSignIn(upn, ISSUER, "sub-1", Map.of("upn", "ada@corp.example", "preferred_username",
                "ignored")).idpUsername()).isEqualTo("ada@corp.example");
        assertThatThrownBy(() -> OidcClaims.toSignIn(upn, ISSUER, "sub-1", Map.of("preferred_username", "ada")))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        refused -> assertThat(refused.getError().getDescription()).isEqualTo("upn"));
    }

    @Test
    void displayNameFallsBackToGivenAndFamilyNameThenTheUsername() {
        assertThat(OidcClaims.toSignIn(defaults, ISSUER, "s", Map.of("preferred_username", "grace",
                "given_name", "Grace", "family_name", "Hopper")).displayName()).isEqualTo("Grace Hopper");
        assertThat(OidcClaims.toSignIn(defaults, ISSUER, "s", Map.of("preferred_username", "grace",
                "given_name", "Grace")).displayName()).isEqualTo("Grace");
        assertThat(OidcClaims.toSignIn(defaults, ISSUER, "s", Map.of("preferred_username", "grace"))
                .displayName()).isEqualTo("grace");
        assertThat(OidcClaims.toSignIn(defaults, ISSUER, "s", Map.of("preferred_username", "grace",
                "name", "G".repeat(300))).displayName()).hasSize(256);
    }

    @Test
    void groupsMayBeAListASingleStringOrMissingAndOnlyTheConfiguredClaimCounts() {
        OidcProviders.OidcProvider roles = provider(new SignInProperties.Oidc(null, "roles", List.of(), true));

        assertThat(OidcClaims.toSignIn(roles, ISSUER, "s", Map.of("preferred_username", "ada",
                "roles", "ops", "groups", List.of("ignored"))).groups()).containsExactly("ops");
        assertThat(OidcClaims.toSignIn(roles, ISSUER, "s", Map.of("preferred_username", "ada",
                "roles", List.of("a", 7, " ", "b"))).groups()).containsExactly("a", "b");
        assertThat(OidcClaims.toSignIn(roles, ISSUER, "s", Map.of("preferred_username", "ada")).groups()).isEmpty();
    }

    @Test
    void anEmailTooLongToStoreIsDroppedAndAnOversizedSubjectIsRefused() {
        String longEmail = "a".repeat(320) + "@example.com";
        assertThat(OidcClaims.toSignIn(defaults, ISSUER, "s", Map.of("preferred_username", "ada", "email", longEmail))
                .email()).isNull();
        assertThatThrownBy(() -> OidcClaims.toSignIn(defaults, ISSUER, "s".repeat(256),
                Map.of("preferred_username", "ada"))).isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static OidcProviders.OidcProvider provider(SignInProperties.Oidc settings) {
        return new OidcProviders.OidcProvider("keycloak", "Keycloak", settings);
    }
}
