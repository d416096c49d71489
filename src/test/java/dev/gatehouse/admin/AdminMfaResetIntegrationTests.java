package dev.gatehouse.admin;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import dev.gatehouse.signin.MfaReset;
import dev.gatehouse.testsupport.BrowserSession;
import dev.gatehouse.testsupport.ClockAndEventsConfiguration;
import dev.gatehouse.testsupport.RecordedEvents;
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

/** An admin resets the MFA devices of a user who lost theirs; the user registers again at the next sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockAndEventsConfiguration.class)
class AdminMfaResetIntegrationTests {

    static final String PASSWORD = "a-long-enough-password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    RecordedEvents events;

    String username;
    UUID userId;

    @BeforeEach
    void aUserWithDevices() {
        TestMfaPolicy.forget(jdbc);
        username = "lost-" + UUID.randomUUID().toString().substring(0, 8);
        userId = new TestUsers(jdbc, passwordEncoder).create(username, PASSWORD, true);
        Timestamp now = Timestamp.from(Instant.parse("2026-06-01T09:00:00Z"));
        jdbc.update("""
                insert into mfa_authenticator_apps (id, user_id, name, sealed_secret, key_id, created_at)
                values (?, ?, 'Lost phone', 'v1.AAAA', '0000000000000000', ?)""", UUID.randomUUID(), userId, now);
        for (int code = 0; code < 10; code++) {
            jdbc.update("insert into mfa_recovery_codes (id, user_id, code_hash, created_at) values (?, ?, ?, ?)",
                    UUID.randomUUID(), userId, "hash-" + code, now);
        }
        jdbc.update("""
                insert into mfa_trusted_devices (id, user_id, token_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?)""", UUID.randomUUID(), userId, "token-" + userId, now, now);
        events.clear();
    }

    @AfterEach
    void backToThePropertyPolicy() {
        TestMfaPolicy.forget(jdbc);
    }

    @Test
    void resetRemovesEveryDeviceAndTheUserRegistersAgainAtTheNextSignIn() throws Exception {
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", AdminSettingsIntegrationTests.ADMIN_PASSWORD);

        HttpResponse<String> reset = reset(admin, userId);

        assertThat(reset.headers().firstValue("Location")).get().asString().endsWith("/admin/users/" + userId);
        for (String table : new String[] { "mfa_authenticator_apps", "mfa_recovery_codes", "mfa_trusted_devices" }) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where user_id = ?", Long.class, userId))
                    .as(table).isZero();
        }
        assertThat(events.of(MfaReset.class)).singleElement().satisfies(event -> {
            assertThat(event.username()).isEqualTo(username);
            assertThat(event.authenticatorApps()).isEqualTo(1);
            assertThat(event.recoveryCodes()).isEqualTo(10);
            assertThat(event.origin().username()).isEqualTo("admin");
        });

        TestMfaPolicy.store(jdbc, "always", "totp,webauthn", "require-registration");
        BrowserSession user = new BrowserSession(port);
        user.signIn(username, PASSWORD);
        assertThat(user.get("/start").headers().firstValue("Location")).get().asString().endsWith("/signin/mfa");
        assertThat(user.get("/signin/mfa").body()).contains("Set up multi-factor authentication");
    }

    @Test
    void theResetFragmentShowsTheUsersDevices() throws Exception {
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", AdminSettingsIntegrationTests.ADMIN_PASSWORD);

        HttpResponse<String> page = admin.get("/admin/users/" + userId);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 authenticator app(s), 0 passkey(s), 10 recovery code(s) left.",
                "action=\"/admin/users/" + userId + "/mfa/reset\"");

        reset(admin, userId);
        HttpResponse<String> after = admin.get("/admin/users/" + userId);
        assertThat(after.body()).contains("The user&#39;s MFA devices were reset.",
                "0 authenticator app(s), 0 passkey(s), 0 recovery code(s) left.")
                .doesNotContain("/mfa/reset\"");
    }

    @Test
    void onlyAFullySignedInAdminMayReset() throws Exception {
        BrowserSession user = new BrowserSession(port);
        user.signIn(username, PASSWORD);
        assertThat(reset(user, userId).statusCode()).isEqualTo(403);

        TestMfaPolicy.store(jdbc, "always", "totp,webauthn", "require-registration");
        BrowserSession adminOwingTheSecondStep = new BrowserSession(port);
        adminOwingTheSecondStep.signIn("admin", AdminSettingsIntegrationTests.ADMIN_PASSWORD);
        assertThat(reset(adminOwingTheSecondStep, userId).headers().firstValue("Location")).get().asString()
                .endsWith("/signin/mfa");

        assertThat(jdbc.queryForObject("select count(*) from mfa_authenticator_apps where user_id = ?", Long.class,
                userId)).isEqualTo(1);
        assertThat(events.of(MfaReset.class)).isEmpty();
    }

    @Test
    void anUnknownUserIsNotFound() throws Exception {
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", AdminSettingsIntegrationTests.ADMIN_PASSWORD);

        assertThat(reset(admin, UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(admin.postForm("/admin/users/not-a-uuid/mfa/reset", "_csrf="
                + BrowserSession.csrfToken(admin.get("/admin/settings").body())).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> reset(BrowserSession browser, UUID id) throws Exception {
        HttpResponse<String> page = browser.get("/start");
        String body = page.statusCode() == 200 ? page.body() : browser.get("/signin/mfa").body();
        return browser.postForm("/admin/users/" + id + "/mfa/reset", "_csrf=" + BrowserSession.csrfToken(body));
    }
}
