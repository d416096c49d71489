package dev.gatehouse.signin;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.testsupport.ClockAndEventsConfiguration;
import dev.gatehouse.testsupport.MutableClock;
import dev.gatehouse.testsupport.RecordedEvents;
import dev.gatehouse.testsupport.TestMfaPolicy;
import dev.gatehouse.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** Every combination of Identity Center's MFA settings, as a user with or without a device meets it at sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockAndEventsConfiguration.class)
class MfaPolicyIntegrationTests {

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
    AuthenticatorApps authenticatorApps;

    @Autowired
    PasskeyUserEntities passkeyUsers;

    @Autowired
    UserCredentialRepository passkeyCredentials;

    @Autowired
    DirectoryManagement directory;

    @AfterEach
    void backToThePropertyPolicy() {
        TestMfaPolicy.forget(jdbc);
    }

    @ParameterizedTest(name = "prompt {0}, methods [{1}], without device {2}, user has {3}: {4}")
    @CsvSource({
            "never,          'totp,webauthn', require-registration, nothing,           start page",
            "never,          'totp,webauthn', block,                nothing,           start page",
            "never,          'totp,webauthn', allow,                authenticator app, start page",
            "never,          '',              block,                nothing,           start page",
            "always,         'totp,webauthn', require-registration, nothing,           registration",
            "always,         'totp,webauthn', block,                nothing,           refused",
            "always,         'totp,webauthn', allow,                nothing,           start page",
            "always,         'totp,webauthn', require-registration, authenticator app, code",
            "always,         'totp,webauthn', block,                authenticator app, code",
            "always,         'totp,webauthn', allow,                authenticator app, code",
            "always,         'totp,webauthn', allow,                passkey,           passkey",
            "context-change, 'totp,webauthn', require-registration, nothing,           registration",
            "context-change, 'totp,webauthn', block,                nothing,           refused",
            "context-change, 'totp,webauthn', allow,                nothing,           start page",
            "context-change, 'totp,webauthn', require-registration, authenticator app, code",
            "context-change, 'totp,webauthn', block,                passkey,           passkey",
            "context-change, 'totp,webauthn', allow,                authenticator app, code",
            "always,         webauthn,        require-registration, authenticator app, registration",
            "always,         webauthn,        block,                authenticator app, refused",
            "always,         webauthn,        allow,                authenticator app, start page",
            "always,         totp,            allow,                passkey,           start page",
            "always,         totp,            require-registration, passkey,           registration",
    })
    void theSecondStepFollowsThePolicy(String prompt, String methods, String withoutDevice, String device,
            String outcome) throws Exception {
        String username = "policy-" + UUID.randomUUID().toString().substring(0, 8);
        UUID userId = new TestUsers(jdbc, passwordEncoder).create(username, MfaSignInIntegrationTests.PASSWORD, true);
        switch (device) {
            case "authenticator app" -> addAuthenticatorApp(userId);
            case "passkey" -> addPasskey(username);
            default -> {
            }
        }
        TestMfaPolicy.store(jdbc, prompt, methods, withoutDevice);
        events.clear();
        MfaBrowser browser = new MfaBrowser(port, clock);

        String landing = browser.signIn(username, MfaSignInIntegrationTests.PASSWORD);

        switch (outcome) {
            case "start page" -> assertThat(landing).isEqualTo("/start");
            case "refused" -> {
                assertThat(landing).isEqualTo("/signin?error=mfa-blocked");
                assertThat(browser.http.get(landing).body()).contains("you have none yet. Ask an administrator.");
                assertThat(browser.landing()).isEqualTo("/signin");
                assertThat(events.of(MfaFailed.class)).extracting(MfaFailed::reason).containsExactly("no-device");
            }
            case "registration" -> {
                assertThat(landing).isEqualTo("/signin/mfa");
                assertThat(browser.http.get(landing).body()).contains("Set up multi-factor authentication")
                        .doesNotContain("name=\"code\"");
            }
            case "code" -> {
                assertThat(landing).isEqualTo("/signin/mfa");
                assertThat(browser.http.get(landing).body()).contains("Verify it&#39;s you", "name=\"code\"");
            }
            case "passkey" -> {
                assertThat(landing).isEqualTo("/signin/mfa");
                assertThat(browser.http.get(landing).body()).contains("Use a passkey").doesNotContain("name=\"code\"");
            }
            default -> throw new IllegalArgumentException(outcome);
        }
        if (!outcome.equals("start page") && !outcome.equals("refused")) {
            assertThat(browser.http.get(landing).body()).as("no links that lead back here")
                    .doesNotContain(">Security</a>");
            HttpResponse<String> admin = browser.http.get("/admin");
            assertThat(admin.statusCode()).isEqualTo(302);
            assertThat(browser.landing()).as("nothing opens before the second step").isEqualTo("/signin/mfa");
        }
    }

    private void addAuthenticatorApp(UUID userId) {
        PendingAuthenticatorApp pending = authenticatorApps.start(userId);
        String code = Totp.code(authenticatorApps.secretOf(pending), clock.instant());
        assertThat(authenticatorApps.confirm(pending, "Phone", code)).isPresent();
    }

    private void addPasskey(String username) {
        var entity = passkeyUsers.findOrCreate(directory.findSignInAccount(username).orElseThrow());
        passkeyCredentials.save(ImmutableCredentialRecord.builder()
                .userEntityUserId(entity.getId())
                .credentialId(Bytes.random())
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
                .signatureCount(0)
                .uvInitialized(true)
                .transports(Set.of())
                .backupEligible(false)
                .backupState(false)
                .label("Security key")
                .created(Instant.now())
                .lastUsed(Instant.now())
                .build());
    }
}
