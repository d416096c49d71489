package dev.gatehouse.signin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Discovery against a real HTTP server on loopback that is down first and up later. */
class LazyClientRegistrationRepositoryTests {

    @Test
    void aProviderThatIsDownAtStartIsDiscoveredOnceItIsUp() throws IOException {
        int port = freePort();
        String issuer = "http://127.0.0.1:" + port + "/realms/main";
        var registrations = new LazyClientRegistrationRepository(properties(issuer));

        assertThatThrownBy(() -> registrations.findByRegistrationId("keycloak"))
                .isInstanceOfSatisfying(IdentityProviderUnavailableException.class,
                        down -> assertThat(down.registrationId()).isEqualTo("keycloak"));

        HttpServer provider = discoveryServer(port, issuer);
        try {
            ClientRegistration registration = registrations.findByRegistrationId("keycloak");

            assertThat(registration).isNotNull();
            assertThat(registration.getProviderDetails().getAuthorizationUri()).isEqualTo(issuer + "/auth");
            assertThat(registration.getProviderDetails().getConfigurationMetadata())
                    .containsEntry("end_session_endpoint", issuer + "/logout");
            assertThat(registration.getClientName()).isEqualTo("Keycloak");
            assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "profile");
        }
        finally {
            provider.stop(0);
        }
        assertThat(registrations.findByRegistrationId("keycloak")).as("kept once discovered").isNotNull();
        assertThat(registrations.findByRegistrationId("unknown")).isNull();
    }

    @Test
    void aClientSecretThatIsStillAPlaceholderStopsStartUpNamingIt() {
        OAuth2ClientProperties properties = properties("http://127.0.0.1:9/realms/main");
        properties.getRegistration().get("keycloak").setClientSecret("${KEYCLOAK_CLIENT_SECRET}");

        assertThatThrownBy(() -> new LazyClientRegistrationRepository(properties))
                .isInstanceOfSatisfying(LazyClientRegistrationRepository.UnresolvedPlaceholderException.class,
                        unset -> assertThat(new OidcRegistrationFailureAnalyzer().analyze(unset))
                                .satisfies(report -> assertThat(report.getDescription())
                                        .contains("'keycloak'", "${KEYCLOAK_CLIENT_SECRET}"))
                                .satisfies(report -> assertThat(report.getAction())
                                        .contains("export KEYCLOAK_CLIENT_SECRET=")));
    }

    private static OAuth2ClientProperties properties(String issuer) {
        var properties = new OAuth2ClientProperties();
        var registration = new OAuth2ClientProperties.Registration();
        registration.setClientId("gatehouse");
        registration.setClientSecret("secret");
        registration.setClientName("Keycloak");
        registration.setScope(Set.of("openid", "profile"));
        properties.getRegistration().put("keycloak", registration);
        var provider = new OAuth2ClientProperties.Provider();
        provider.setIssuerUri(issuer);
        properties.getProvider().put("keycloak", provider);
        return properties;
    }

    private static HttpServer discoveryServer(int port, String issuer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        byte[] document = ("""
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/auth", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/certs", "userinfo_endpoint": "%1$s/userinfo", "end_session_endpoint": "%1$s/logout",
                 "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"]}""").formatted(issuer)
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/realms/main/.well-known/openid-configuration", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, document.length);
            exchange.getResponseBody().write(document);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
