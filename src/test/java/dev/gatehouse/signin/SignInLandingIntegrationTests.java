package dev.gatehouse.signin;

import java.net.http.HttpResponse;
import java.util.UUID;

import dev.gatehouse.testsupport.ClockAndEventsConfiguration;
import dev.gatehouse.testsupport.MutableClock;
import dev.gatehouse.testsupport.TestMfaPolicy;
import dev.gatehouse.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a browser lands after signing in: a clean address, and the page it asked for first when there was one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockAndEventsConfiguration.class)
class SignInLandingIntegrationTests {

    static final String PASSWORD = "a-long-enough-password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    String username;
    String secret;

    @BeforeEach
    void userWithAnAuthenticatorApp() throws Exception {
        TestMfaPolicy.store(jdbc, "always", "totp,webauthn", "require-registration");
        username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        new TestUsers(jdbc, passwordEncoder).create(username, PASSWORD, true);
        MfaBrowser first = new MfaBrowser(port, clock);
        first.signIn(username, PASSWORD);
        MfaBrowser.Enrolled app = first.enrolAuthenticatorApp("My phone");
        assertThat(app.response().body()).as("the recovery codes page continues to a clean local address")
                .contains("href=\"/start\"").doesNotContain("continue\"").doesNotContain("://");
        secret = app.secret();
    }

    @AfterEach
    void backToThePropertyPolicy() {
        TestMfaPolicy.forget(jdbc);
    }

    @Test
    void afterTheCodeTheAddressIsTheStartPageWithoutSpringsMarker() throws Exception {
        MfaBrowser browser = new MfaBrowser(port, clock);
        assertThat(browser.signIn(username, PASSWORD)).isEqualTo("/signin/mfa");

        HttpResponse<String> code = browser.submitCode(browser.nextCode(secret));

        assertThat(MfaBrowser.redirect(code)).isEqualTo("/start");
        assertThat(browser.http.get("/start").statusCode()).isEqualTo(200);
    }

    @Test
    void aPageAskedForBeforeSigningInOpensAfterBothSteps() throws Exception {
        MfaBrowser browser = new MfaBrowser(port, clock);
        String bookmark = "/settings/security?from=bookmark";
        assertThat(MfaBrowser.redirect(browser.http.get(bookmark))).isEqualTo("/signin");

        HttpResponse<String> password = browser.http.signIn(username, PASSWORD);
        assertThat(MfaBrowser.redirect(password)).isEqualTo(bookmark);
        assertThat(MfaBrowser.redirect(browser.http.get(bookmark))).isEqualTo("/signin/mfa");
        HttpResponse<String> code = browser.submitCode(browser.nextCode(secret));

        assertThat(MfaBrowser.redirect(code)).isEqualTo(bookmark);
        assertThat(browser.http.get(bookmark).statusCode()).isEqualTo(200);
    }
}
