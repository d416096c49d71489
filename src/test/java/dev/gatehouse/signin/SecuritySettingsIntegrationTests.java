package dev.gatehouse.signin;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.UserPasswordChanged;
import dev.gatehouse.shared.NotFoundException;
import dev.gatehouse.testsupport.BrowserSession;
import dev.gatehouse.testsupport.ClockAndEventsConfiguration;
import dev.gatehouse.testsupport.MutableClock;
import dev.gatehouse.testsupport.RecordedEvents;
import dev.gatehouse.testsupport.TestMfaPolicy;
import dev.gatehouse.testsupport.TestUsers;
import jakarta.validation.ConstraintViolationException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signed-in user's security page: devices, recovery codes and password, each change confirmed again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockAndEventsConfiguration.class)
class SecuritySettingsIntegrationTests {

    private static final Pattern REMOVE_LINK = Pattern.compile("href=\"(/settings/security/devices/[^\"]+/remove)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    @Autowired
    RecordedEvents events;

    @Autowired
    DirectoryManagement directory;

    String username;
    UUID userId;
    MfaBrowser browser;
    MfaBrowser.Enrolled app;

    @BeforeEach
    void aSignedInUserWithAnAuthenticatorApp() throws Exception {
        TestMfaPolicy.store(jdbc, "always", "totp,webauthn", "require-registration");
        username = "self-" + UUID.randomUUID().toString().substring(0, 8);
        userId = new TestUsers(jdbc, passwordEncoder).create(username, PASSWORD, true);
        browser = new MfaBrowser(port, clock);
        browser.signIn(username, PASSWORD);
        app = browser.enrolAuthenticatorApp("Work phone");
        events.clear();
    }

    @AfterEach
    void backToThePropertyPolicy() {
        TestMfaPolicy.forget(jdbc);
    }

    @Test
    void thePageListsTheDevicesAndRecoveryCodesLeft() throws Exception {
        HttpResponse<String> page = browser.http.get("/settings/security");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Work phone", "Authenticator app", "10 of 10 recovery codes left.",
                "Register a passkey", "Change your password");
    }

    @Test
    void removingADeviceNeedsThePasswordOrACurrentCode() throws Exception {
        String removal = removeLink();
        HttpResponse<String> confirm = browser.http.get(removal);
        assertThat(confirm.body()).contains("Remove Work phone?");

        HttpResponse<String> wrong = browser.post(removal, confirm.body(), "proof=not-my-password");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("That is neither your password nor a current code.");
        assertThat(browser.http.get("/settings/security").body()).contains("Work phone");

        HttpResponse<String> right = browser.post(removal, confirm.body(), "proof=" + browser.nextCode(app.secret()));
        assertThat(MfaBrowser.redirect(right)).isEqualTo("/settings/security");
        HttpResponse<String> after = browser.http.get("/settings/security");
        assertThat(after.body()).contains("The device was removed.", "You have no MFA device yet.")
                .doesNotContain("Work phone").doesNotContain("recovery codes left");
        assertThat(events.of(MfaRemoved.class)).singleElement()
                .satisfies(removed -> assertThat(removed.deviceName()).isEqualTo("Work phone"));
        assertThat(jdbc.queryForObject("select count(*) from mfa_recovery_codes where user_id = ?", Long.class, userId))
                .as("recovery codes go with the last device").isZero();
    }

    @Test
    void newRecoveryCodesReplaceTheOldOnes() throws Exception {
        HttpResponse<String> confirm = browser.http.get("/settings/security/recovery-codes");

        HttpResponse<String> codes = browser.post("/settings/security/recovery-codes", confirm.body(),
                "proof=" + PASSWORD);

        List<String> fresh = MfaBrowser.recoveryCodes(codes.body());
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(app.recoveryCodes());
        browser.signOut();
        browser.signIn(username, PASSWORD);
        assertThat(MfaBrowser.redirect(browser.submitCode(app.recoveryCodes().get(0))))
                .isEqualTo("/signin/mfa?error=wrong-code");
        assertThat(MfaBrowser.redirect(browser.submitCode(fresh.get(0)))).startsWith("/start");
    }

    @Test
    void wrongConfirmationsPauseLikeWrongCodes() throws Exception {
        String removal = removeLink();
        String form = browser.http.get(removal).body();
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.post(removal, form, "proof=guess-" + attempt);
        }

        HttpResponse<String> paused = browser.post(removal, form, "proof=" + PASSWORD);

        assertThat(paused.body()).contains("Too many wrong answers. Try again in 15 minutes.");
        assertThat(browser.http.get("/settings/security").body()).contains("Work phone");
    }

    @Test
    void aPasskeyAnswerThatDoesNotVerifyIsRefusedWithAMessage() throws Exception {
        String token = BrowserSession.csrfToken(browser.http.get("/settings/security").body());
        HttpResponse<String> options = browser.http.postJson("/settings/security/passkeys/options", token, "");
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body()).contains("\"challenge\"", "\"rp\"", "\"name\":\"" + username + "\"");

        HttpResponse<String> forged = browser.http.postJson("/settings/security/passkeys", token, """
                {"publicKey": {"label": "Forged", "credential": {"id": "AAAA", "rawId": "AAAA", "type": "public-key",
                 "response": {"attestationObject": "AAAA", "clientDataJSON": "AAAA", "transports": []},
                 "clientExtensionResults": {}}}}""");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("The passkey could not be verified. Try again.");

        HttpResponse<String> garbage = browser.http.postJson("/settings/security/passkeys", token, "{not json");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("The registration took too long or was not started.");
        assertThat(browser.http.get("/settings/security").body()).doesNotContain("Forged");
    }

    @Test
    void anUnknownDeviceIsNotFound() throws Exception {
        assertThat(browser.http.get("/settings/security/devices/passkey/bm90LW1pbmU/remove").statusCode())
                .isEqualTo(404);
        assertThat(browser.http.get("/settings/security/devices/authenticator-app/" + UUID.randomUUID() + "/remove")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() throws Exception {
        MfaBrowser otherSession = new MfaBrowser(port, clock);
        otherSession.signIn(username, PASSWORD);
        otherSession.submitCode(otherSession.nextCode(app.secret()));
        assertThat(otherSession.landing()).isEqualTo("/start");
        String form = browser.http.get("/settings/security/password").body();

        HttpResponse<String> wrong = browser.post("/settings/security/password", form,
                "currentPassword=wrong&newPassword=a-brand-new-password&confirmation=a-brand-new-password");
        assertThat(wrong.body()).contains("That is not your current password.");
        HttpResponse<String> mismatch = browser.post("/settings/security/password", form, "currentPassword="
                + PASSWORD + "&newPassword=a-brand-new-password&confirmation=another-new-password");
        assertThat(mismatch.body()).contains("The two new passwords differ.");
        HttpResponse<String> tooShort = browser.post("/settings/security/password", form,
                "currentPassword=" + PASSWORD + "&newPassword=short&confirmation=short");
        assertThat(tooShort.body()).contains("Use at least 12 characters and at most 72 bytes in UTF-8");
        String tooLong = URLEncoder.encode("é".repeat(37), StandardCharsets.UTF_8);
        HttpResponse<String> overBcryptsLimit = browser.post("/settings/security/password", form,
                "currentPassword=" + PASSWORD + "&newPassword=" + tooLong + "&confirmation=" + tooLong);
        assertThat(overBcryptsLimit.statusCode()).isEqualTo(200);
        assertThat(overBcryptsLimit.body()).contains("Use at least 12 characters and at most 72 bytes in UTF-8");

        HttpResponse<String> changed = browser.post("/settings/security/password", form, "currentPassword="
                + PASSWORD + "&newPassword=a-brand-new-password&confirmation=a-brand-new-password");

        assertThat(MfaBrowser.redirect(changed)).isEqualTo("/settings/security");
        assertThat(browser.http.get("/settings/security").body()).contains("Your password was changed.");
        assertThat(otherSession.landing()).as("the other session ended").isEqualTo("/signin");
        assertThat(events.of(UserPasswordChanged.class)).as("in the audit trail, by the user").singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isEqualTo(userId);
                    assertThat(event.origin().userId()).isEqualTo(userId);
                    assertThat(event.details()).containsEntry("after", Map.of("how", "set by the user"));
                });
        MfaBrowser later = new MfaBrowser(port, clock);
        assertThat(later.signIn(username, PASSWORD)).isEqualTo("/signin?error=failed");
        assertThat(later.signIn(username, "a-brand-new-password")).isEqualTo("/signin/mfa");
    }

    @Test
    void blankAnswersAreAskedForInPlainWords() throws Exception {
        String password = browser.http.get("/settings/security/password").body();
        assertThat(browser.post("/settings/security/password", password,
                "currentPassword=&newPassword=&confirmation=").body()).contains("Enter your current password.",
                        "Enter a new password.", "Enter the new password again.").doesNotContain("must not be blank");

        String removal = removeLink();
        assertThat(browser.post(removal, browser.http.get(removal).body(), "proof=").body())
                .contains("Enter your password or a current code.").doesNotContain("must not be blank");

        String setup = browser.http.get("/settings/security/authenticator-app").body();
        assertThat(browser.post("/settings/security/authenticator-app", setup, "name=&code=").body())
                .contains("Give the app a name, such as the phone it is on.",
                        "Enter the 6-digit code the app shows now.").doesNotContain("must not be blank");
    }

    @Test
    void theDirectoryChecksAnOwnPasswordChangeLikeAnAdminsOne() {
        assertThatThrownBy(() -> directory.changePassword(UUID.randomUUID(), "a-long-enough-password"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> directory.changePassword(userId, "é".repeat(37)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(events.of(UserPasswordChanged.class)).isEmpty();
    }

    private String removeLink() throws Exception {
        var matcher = REMOVE_LINK.matcher(browser.http.get("/settings/security").body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
