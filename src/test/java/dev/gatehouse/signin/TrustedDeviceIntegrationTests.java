package dev.gatehouse.signin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import dev.gatehouse.directory.DirectoryManagement;
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

import static dev.gatehouse.signin.MfaSignInIntegrationTests.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** "Only when their sign-in context changes": a browser that passed the second step is trusted, within limits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockAndEventsConfiguration.class)
class TrustedDeviceIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    @Autowired
    DirectoryManagement directory;

    String username;
    UUID userId;
    MfaBrowser browser;
    String secret;

    @BeforeEach
    void aUserWhoPassedTheSecondStepInThisBrowser() throws Exception {
        TestMfaPolicy.store(jdbc, "context-change", "totp,webauthn", "require-registration");
        username = "trusted-" + UUID.randomUUID().toString().substring(0, 8);
        userId = new TestUsers(jdbc, passwordEncoder).create(username, PASSWORD, true);
        browser = new MfaBrowser(port, clock);
        browser.signIn(username, PASSWORD);
        secret = browser.enrolAuthenticatorApp("Phone").secret();
        browser.signOut();
        browser.http.forgetCookie(TrustedDevices.COOKIE);
        assertThat(browser.signIn(username, PASSWORD)).isEqualTo("/signin/mfa");
        browser.submitCode(browser.nextCode(secret));
        browser.signOut();
    }

    @AfterEach
    void backToThePropertyPolicy() {
        TestMfaPolicy.forget(jdbc);
    }

    @Test
    void theCookieIsHttpOnlySameSiteLaxAndLastsThirtyDays() throws Exception {
        browser.http.forgetCookie(TrustedDevices.COOKIE);
        browser.signIn(username, PASSWORD);
        HttpResponse<String> code = browser.submitCode(browser.nextCode(secret));

        String cookie = code.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(TrustedDevices.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Max-Age=2592000", "Path=/").doesNotContain("Secure");
        assertThat(cookie.substring(TrustedDevices.COOKIE.length() + 1, cookie.indexOf(';')))
                .as("an opaque random token").matches("[A-Za-z0-9_-]{43}").doesNotContain(username);
    }

    @Test
    void registeringTheFirstDeviceAtSignInAlsoTrustsTheBrowser() throws Exception {
        String newcomer = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        new TestUsers(jdbc, passwordEncoder).create(newcomer, PASSWORD, true);
        MfaBrowser fresh = new MfaBrowser(port, clock);
        fresh.signIn(newcomer, PASSWORD);
        fresh.enrolAuthenticatorApp("Phone");
        fresh.signOut();

        assertThat(fresh.signIn(newcomer, PASSWORD)).isEqualTo("/start");
    }

    @Test
    void theTrustedBrowserSignsInWithThePasswordAlone() throws Exception {
        assertThat(browser.signIn(username, PASSWORD)).isEqualTo("/start");

        MfaBrowser otherBrowser = new MfaBrowser(port, clock);
        assertThat(otherBrowser.signIn(username, PASSWORD)).as("a new context").isEqualTo("/signin/mfa");
    }

    @Test
    void theCookieIsBoundToItsUser() throws Exception {
        String otherUser = "other-" + UUID.randomUUID().toString().substring(0, 8);
        new TestUsers(jdbc, passwordEncoder).create(otherUser, PASSWORD, true);
        MfaBrowser other = new MfaBrowser(port, clock);
        other.signIn(otherUser, PASSWORD);
        other.enrolAuthenticatorApp("Phone");
        other.signOut();

        assertThat(browser.signIn(otherUser, PASSWORD)).isEqualTo("/signin/mfa");
    }

    @Test
    void aNewDeviceRevokesEveryTrustedBrowser() throws Exception {
        MfaBrowser second = new MfaBrowser(port, clock);
        second.signIn(username, PASSWORD);
        second.submitCode(second.nextCode(secret));
        second.enrolAuthenticatorApp("Tablet");
        second.signOut();

        assertThat(browser.signIn(username, PASSWORD)).isEqualTo("/signin/mfa");
    }

    @Test
    void aPasswordAnAdminSetsForgetsEveryTrustedBrowser() throws Exception {
        directory.setPassword(userId, "set-by-an-admin-123");

        assertThat(browser.signIn(username, "set-by-an-admin-123")).isEqualTo("/signin/mfa");
    }

    @Test
    void changingTheirOwnPasswordForgetsEveryTrustedBrowser() throws Exception {
        assertThat(browser.signIn(username, PASSWORD)).isEqualTo("/start");
        String form = browser.http.get("/settings/security/password").body();
        browser.post("/settings/security/password", form, "currentPassword=" + PASSWORD
                + "&newPassword=changed-by-myself&confirmation=changed-by-myself");
        browser.signOut();

        assertThat(browser.signIn(username, "changed-by-myself")).isEqualTo("/signin/mfa");
    }

    @Test
    void aPasswordAnAdminGeneratesForgetsEveryTrustedBrowser() throws Exception {
        String generated = directory.resetPassword(userId);

        assertThat(browser.signIn(username, generated)).isEqualTo("/signin/mfa");
    }

    @Test
    void theEveryTimePromptIgnoresTrustedBrowsers() throws Exception {
        TestMfaPolicy.store(jdbc, "always", "totp,webauthn", "require-registration");

        assertThat(browser.signIn(username, PASSWORD)).isEqualTo("/signin/mfa");
    }

    @Test
    void trustEndsAfterThirtyDays() throws Exception {
        clock.advance(Duration.ofDays(30).plusMinutes(1));

        assertThat(browser.signIn(username, PASSWORD)).isEqualTo("/signin/mfa");
    }
}
