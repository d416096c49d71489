package dev.gatehouse.signin;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.gatehouse.settings.PortalProperties;
import dev.gatehouse.testsupport.BrowserSession;
import dev.gatehouse.testsupport.ClockAndEventsConfiguration;
import dev.gatehouse.testsupport.MutableClock;
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
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;

import static dev.gatehouse.signin.MfaSignInIntegrationTests.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Removing a device or generating new recovery codes, confirmed by one of the user's own passkeys that verifies its
 * user, instead of the password or a code. The keys are {@link SoftwarePasskey}s registered through the pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockAndEventsConfiguration.class)
class PasskeyConfirmationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    @Autowired
    PortalProperties portal;

    @Autowired
    PublicKeyCredentialRpEntity rp;

    @Autowired
    RecordedEvents events;

    String owner;
    SoftwarePasskey ownersKey;
    SoftwarePasskey othersKey;
    MfaBrowser browser;
    String token;

    @BeforeEach
    void anOwnerSignedInWithTheirPasskeyAndAnotherUserWithOne() throws Exception {
        TestMfaPolicy.store(jdbc, "always", "totp,webauthn", "allow");
        String run = UUID.randomUUID().toString().substring(0, 8);
        owner = "owner-" + run;
        String other = "other-" + run;
        ownersKey = register(owner);
        othersKey = register(other);

        browser = new MfaBrowser(port, clock);
        assertThat(browser.signIn(owner, PASSWORD)).isEqualTo("/signin/mfa");
        token = BrowserSession.csrfToken(browser.http.get("/signin/mfa").body());
        String options = browser.http.postJson("/webauthn/authenticate/options", token, "").body();
        assertThat(browser.http.postJson("/login/webauthn", token, ownersKey.assertion(options, true)).statusCode())
                .isEqualTo(200);
        token = BrowserSession.csrfToken(browser.http.get("/settings/security").body());
        events.clear();
    }

    @AfterEach
    void backToThePropertyPolicy() {
        TestMfaPolicy.forget(jdbc);
    }

    @Test
    void theOwnersVerifiedPasskeyConfirmsRemovingADevice() throws Exception {
        String removal = "/settings/security/devices/passkey/" + ownersKey.credentialId() + "/remove";
        assertThat(browser.http.get(removal).body()).contains("data-passkey-confirmation", "Confirm with a passkey");

        HttpResponse<String> removed = confirm(removal, ownersKey, true);

        assertThat(MfaBrowser.redirect(removed)).isEqualTo("/settings/security");
        assertThat(browser.http.get("/settings/security").body()).contains("The device was removed.")
                .doesNotContain(ownersKey.credentialId());
        assertThat(events.of(MfaRemoved.class)).hasSize(1);
    }

    @Test
    void aTouchWithoutVerificationAnotherUsersPasskeyOrAReusedAnswerRemovesNothing() throws Exception {
        String removal = "/settings/security/devices/passkey/" + ownersKey.credentialId() + "/remove";

        HttpResponse<String> touched = confirm(removal, ownersKey, false);
        assertThat(touched.statusCode()).isEqualTo(200);
        assertThat(touched.body()).contains("The passkey was not accepted");

        assertThat(confirm(removal, othersKey, true).body()).contains("The passkey was not accepted");

        String options = browser.http.postJson("/webauthn/authenticate/options", token, "").body();
        String answer = ownersKey.assertion(options, true);
        assertThat(MfaBrowser.recoveryCodes(post("/settings/security/recovery-codes", answer).body())).hasSize(10);
        assertThat(post(removal, answer).body()).as("the options were used up")
                .contains("The passkey was not accepted");
        assertThat(post(removal, "not json").body()).contains("The passkey was not accepted");

        assertThat(browser.http.get("/settings/security").body()).contains(ownersKey.credentialId());
        assertThat(events.of(MfaFailed.class)).extracting(MfaFailed::reason).hasSize(4).containsOnly("not-accepted");
        assertThat(events.of(MfaRemoved.class)).isEmpty();
    }

    @Test
    void theOwnersVerifiedPasskeyConfirmsNewRecoveryCodes() throws Exception {
        HttpResponse<String> codes = confirm("/settings/security/recovery-codes", ownersKey, true);

        assertThat(codes.statusCode()).isEqualTo(200);
        assertThat(MfaBrowser.recoveryCodes(codes.body())).hasSize(10);
    }

    private HttpResponse<String> confirm(String path, SoftwarePasskey key, boolean userVerified) throws Exception {
        String options = browser.http.postJson("/webauthn/authenticate/options", token, "").body();
        return post(path, key.assertion(options, userVerified));
    }

    private HttpResponse<String> post(String path, String answer) throws Exception {
        return browser.http.postForm(path, "passkey=" + URLEncoder.encode(answer, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private SoftwarePasskey register(String username) throws Exception {
        new TestUsers(jdbc, passwordEncoder).create(username, PASSWORD, true);
        SoftwarePasskey key = new SoftwarePasskey(rp.getId(), PasskeyConfiguration.origin(portal.url()));
        MfaBrowser registering = new MfaBrowser(port, clock);
        assertThat(registering.signIn(username, PASSWORD)).isEqualTo("/start");
        String csrf = BrowserSession.csrfToken(registering.http.get("/settings/security").body());
        HttpResponse<String> options = registering.http.postJson("/settings/security/passkeys/options", csrf, "");
        HttpResponse<String> registered = registering.http.postJson("/settings/security/passkeys", csrf,
                key.registration(options.body(), "Key of " + username));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        return key;
    }
}
