package dev.gatehouse.signin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A provider (a real HTTP server on loopback serving a discovery document) that goes down after Gatehouse has
 * discovered it: the next "Sign in with …" says it is not reachable instead of sending the browser to it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OidcProviderOutageIntegrationTests {

    static HttpServer provider;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/corp";
        byte[] discovery = ("""
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/auth", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/certs", "response_types_supported": ["code"],
                 "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"]}""")
                .formatted(issuer).getBytes(StandardCharsets.UTF_8);
        provider.createContext("/realms/corp/.well-known/openid-configuration", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, discovery.length);
            exchange.getResponseBody().write(discovery);
            exchange.close();
        });
        provider.createContext("/realms/corp/auth", exchange -> {
            exchange.sendResponseHeaders(400, -1);
            exchange.close();
        });
        provider.start();
        registry.add("spring.security.oauth2.client.registration.corp.client-id", () -> "gatehouse");
        registry.add("spring.security.oauth2.client.registration.corp.client-secret", () -> "secret");
        registry.add("spring.security.oauth2.client.registration.corp.client-name", () -> "Corporate SSO");
        registry.add("spring.security.oauth2.client.registration.corp.scope", () -> "openid");
        registry.add("spring.security.oauth2.client.provider.corp.issuer-uri", () -> issuer);
    }

    @AfterAll
    static void stopProvider() {
        provider.stop(0);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aProviderThatWentDownAfterItsDiscoveryIsReportedBeforeTheBrowserIsSentThere() throws Exception {
        String authorization = mvc.perform(get("/oauth2/authorization/corp"))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(authorization).startsWith("http://127.0.0.1:" + provider.getAddress().getPort()
                + "/realms/corp/auth?response_type=code&client_id=gatehouse");

        provider.stop(0);

        mvc.perform(get("/oauth2/authorization/corp"))
                .andExpect(redirectedUrl("/signin?error=oidc-unreachable&provider=corp"));
    }
}
