package dev.gatehouse.signin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two providers whose issuers nobody listens on: Gatehouse must start anyway, offer both next to the password
 * form, and turn every failure into a sign-in page that says what happened.
 */
@SpringBootTest(properties = {
        "spring.security.oauth2.client.registration.keycloak.client-id=gatehouse",
        "spring.security.oauth2.client.registration.keycloak.client-secret=secret",
        "spring.security.oauth2.client.registration.keycloak.client-name=Keycloak",
        "spring.security.oauth2.client.registration.keycloak.scope=openid,profile,email",
        "spring.security.oauth2.client.provider.keycloak.issuer-uri=http://127.0.0.1:9/realms/gatehouse",
        "spring.security.oauth2.client.registration.okta.client-id=gatehouse",
        "spring.security.oauth2.client.registration.okta.client-secret=secret",
        "spring.security.oauth2.client.registration.okta.scope=openid",
        "spring.security.oauth2.client.provider.okta.issuer-uri=http://127.0.0.1:9/oauth2/default",
        "gatehouse.signin.oidc.keycloak.admin-groups=platform-admins" })
@AutoConfigureMockMvc
class OidcSignInFailureIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageOffersEachProviderBesideThePasswordForm() throws Exception {
        mvc.perform(get("/signin"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"password\"")))
                .andExpect(content().string(containsString(
                        "href=\"/oauth2/authorization/keycloak\">Sign in with Keycloak</a>")))
                .andExpect(content().string(containsString(
                        "href=\"/oauth2/authorization/okta\">Sign in with Okta</a>")));
    }

    @Test
    void anUnreachableProviderIsNamedOnTheSignInPage() throws Exception {
        MvcResult redirect = mvc.perform(get("/oauth2/authorization/keycloak"))
                .andExpect(redirectedUrl("/signin?error=oidc-unreachable&provider=keycloak"))
                .andReturn();

        mvc.perform(get("/signin?error=oidc-unreachable&provider=keycloak")
                        .session((MockHttpSession) redirect.getRequest().getSession()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keycloak is not reachable right now.")));
    }

    @Test
    void anAnswerFromTheProviderThatThisBrowserDidNotAskForIsRefused() throws Exception {
        mvc.perform(get("/login/oauth2/code/keycloak").param("code", "stolen-code").param("state", "guessed"))
                .andExpect(redirectedUrl("/signin?error=oidc-mismatch&provider=keycloak"));
        mvc.perform(get("/login/oauth2/code/keycloak").param("error", "access_denied")
                        .param("error_description", "Call 555-0100 to unlock your account").param("state", "guessed"))
                .andExpect(redirectedUrl("/signin?error=oidc-mismatch&provider=keycloak"));

        mvc.perform(get("/signin?error=oidc-mismatch&provider=keycloak"))
                .andExpect(content().string(containsString(
                        "The answer from Keycloak does not belong to a sign-in started in this browser")));
    }

    @Test
    void wordsInTheAddressNeverReachTheSignInPage() throws Exception {
        mvc.perform(get("/signin").param("error", "oidc-refused").param("provider", "keycloak")
                        .param("providerMessage", "Call 555-0100"))
                .andExpect(content().string(containsString("Keycloak refused the sign-in.")))
                .andExpect(content().string(not(containsString("555-0100"))));
        mvc.perform(get("/signin").param("error", "oidc-unreachable").param("provider", "<b>evil</b>"))
                .andExpect(content().string(containsString("the identity provider is not reachable right now")))
                .andExpect(content().string(not(containsString("evil"))));
    }

    @Test
    void anUnknownProviderIsNotFound() throws Exception {
        mvc.perform(get("/oauth2/authorization/nope").accept("text/html"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theStartPageStillSendsAnonymousVisitorsToTheSignInPage() throws Exception {
        mvc.perform(get("/start").accept("text/html"))
                .andExpect(redirectedUrl("/signin"));
    }

    @Test
    void signInThroughAProviderThatIsDownLeavesTheRestOfGatehouseWorking() throws Exception {
        mvc.perform(get("/oauth2/authorization/okta"))
                .andExpect(redirectedUrl("/signin?error=oidc-unreachable&provider=okta"));

        MvcResult signedIn = mvc.perform(post("/signin").param("username", "admin")
                        .param("password", "bootstrap-admin-password").with(csrf()))
                .andExpect(redirectedUrl("/start"))
                .andReturn();
        assertThat(signedIn.getResponse().getCookie("SESSION")).isNotNull();
    }
}
