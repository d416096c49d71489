package dev.gatehouse.signin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One provider and no password form: nothing to choose on the sign-in page, and no password accepted. */
@SpringBootTest(properties = {
        "gatehouse.signin.password.enabled=false",
        "spring.security.oauth2.client.registration.corp.client-id=gatehouse",
        "spring.security.oauth2.client.registration.corp.client-secret=secret",
        "spring.security.oauth2.client.registration.corp.client-name=Corporate SSO",
        "spring.security.oauth2.client.registration.corp.scope=openid",
        "spring.security.oauth2.client.provider.corp.issuer-uri=http://127.0.0.1:9/realms/corp" })
@AutoConfigureMockMvc
class OidcOnlySignInIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageGoesStraightToTheProvider() throws Exception {
        mvc.perform(get("/start").accept("text/html")).andExpect(redirectedUrl("/signin"));
        mvc.perform(get("/signin")).andExpect(redirectedUrl("/oauth2/authorization/corp"));
    }

    @Test
    void afterSigningOutOrAFailureThePageStaysToSaySoWithTheProviderButtonOnly() throws Exception {
        mvc.perform(get("/signin").param("signedout", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have signed out.")))
                .andExpect(content().string(containsString("Sign in with Corporate SSO")))
                .andExpect(content().string(not(containsString("name=\"password\""))));
        mvc.perform(get("/signin").param("error", "oidc-unreachable").param("provider", "corp"))
                .andExpect(content().string(containsString("Corporate SSO is not reachable right now.")));
    }

    @Test
    void aPasswordIsNotAcceptedEvenForTheBootstrapAdmin() throws Exception {
        mvc.perform(post("/signin").param("username", "admin").param("password", "bootstrap-admin-password")
                        .with(csrf()).accept("text/html"))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/start").accept("text/html")).andExpect(redirectedUrl("/signin"));
    }
}
