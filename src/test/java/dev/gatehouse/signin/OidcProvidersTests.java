package dev.gatehouse.signin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mistakes in the provider configuration stop Gatehouse at start-up with a message naming the setting. */
class OidcProvidersTests {

    @Test
    void providersAreSortedByNameWithTheirSettingsOrTheDefaults() {
        OidcProviders providers = new OidcProviders(clients("okta", "keycloak"), signIn(true,
                Map.of("okta", new SignInProperties.Oidc("email", "roles", List.of("admins"), false))));

        assertThat(providers.all()).extracting(OidcProviders.OidcProvider::displayName)
                .containsExactly("Keycloak", "Okta");
        SignInProperties.Oidc okta = providers.find("okta").orElseThrow().settings();
        assertThat(okta.usernameClaim()).isEqualTo("email");
        assertThat(okta.autoCreateUsers()).isFalse();
        SignInProperties.Oidc keycloak = providers.find("keycloak").orElseThrow().settings();
        assertThat(keycloak.usernameClaim()).isNull();
        assertThat(keycloak.groupsClaim()).isEqualTo("groups");
        assertThat(keycloak.adminGroups()).isEmpty();
        assertThat(keycloak.autoCreateUsers()).isTrue();
    }

    @Test
    void settingsForARegistrationThatDoesNotExistAreAMistake() {
        assertThatThrownBy(() -> new OidcProviders(clients("keycloak"), signIn(true,
                Map.of("keycloack", new SignInProperties.Oidc(null, "groups", List.of(), true)))))
                .hasMessageContaining("gatehouse.signin.oidc.keycloack names no registration");
    }

    @Test
    void withoutPasswordsAtLeastOneProviderIsNeeded() {
        assertThatThrownBy(() -> new OidcProviders(clients(), signIn(false, Map.of())))
                .hasMessageContaining("gatehouse.signin.password.enabled=false needs at least one OIDC provider");
    }

    @Test
    void aScopeWithoutOpenidIsNoOidcSignIn() {
        OAuth2ClientProperties clients = clients("github");
        clients.getRegistration().get("github").setScope(Set.of("read:user"));

        assertThatThrownBy(() -> new OidcProviders(clients, signIn(true, Map.of())))
                .hasMessageContaining("registration.github.scope must include 'openid'");
    }

    private static OAuth2ClientProperties clients(String... registrationIds) {
        var clients = new OAuth2ClientProperties();
        for (String id : registrationIds) {
            var registration = new OAuth2ClientProperties.Registration();
            registration.setClientId("gatehouse");
            clients.getRegistration().put(id, registration);
        }
        return clients;
    }

    private static SignInProperties signIn(boolean passwords, Map<String, SignInProperties.Oidc> oidc) {
        return new SignInProperties(new SignInProperties.Lockout(5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15)),
                new SignInProperties.Password(passwords), oidc);
    }
}
