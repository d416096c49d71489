package dev.gatehouse.signin;

import java.net.http.HttpResponse;

import dev.gatehouse.testsupport.BrowserSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A sign-in page left open until its session ended: sent anyway, it asks for a new sign-in instead of a 403. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaleSignInFormIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aSignInFormWhoseSessionEndedLeadsBackToTheSignInPageWithAMessage() throws Exception {
        BrowserSession browser = new BrowserSession(port);
        String staleToken = BrowserSession.csrfToken(browser.get("/signin").body());
        browser.forgetCookie("SESSION");

        HttpResponse<String> sent = browser.postForm("/signin",
                "username=admin&password=bootstrap-admin-password&_csrf=" + staleToken);

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).get().asString().endsWith("/signin?error=expired");
        assertThat(browser.get("/signin?error=expired").body())
                .contains("Your sign-in had expired, so nothing was sent. Sign in again.");
        assertThat(browser.get("/start").statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void aCodeSentAfterTheSessionEndedLeadsBackToTheSignInPage() throws Exception {
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> sent = browser.postForm("/signin/mfa", "code=123456&_csrf=a-token-of-an-ended-session");

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).get().asString().endsWith("/signin?error=expired");
    }

    @Test
    void otherFormsWithoutAValidTokenAreStillRefused() throws Exception {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn("admin", "bootstrap-admin-password");

        assertThat(browser.postForm("/admin/groups/new", "name=x&_csrf=forged").statusCode()).isEqualTo(403);
        assertThat(new BrowserSession(port).postForm("/signin", "username=admin&password=x").statusCode())
                .as("no token at all").isEqualTo(403);
        assertThat(new BrowserSession(port).postForm("/admin/groups/new", "name=x&_csrf=stale").statusCode())
                .as("not a sign-in form").isEqualTo(403);
    }
}
