package dev.gatehouse.signin;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.testsupport.ClockAndEventsConfiguration;
import dev.gatehouse.testsupport.MutableClock;
import dev.gatehouse.testsupport.PostgresIntegrationTest;
import dev.gatehouse.testsupport.TestMfaPolicy;
import dev.gatehouse.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
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

import static dev.gatehouse.signin.MfaSignInIntegrationTests.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** The MFA tables on PostgreSQL: sealed seeds with a configured key, codes used once, Spring's passkey table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gatehouse.security.encryption-key=MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=")
@Import(ClockAndEventsConfiguration.class)
class MfaPostgresIntegrationTests extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    @Autowired
    Passkeys passkeys;

    @Autowired
    PasskeyUserEntities passkeyUsers;

    @Autowired
    UserCredentialRepository passkeyCredentials;

    @Autowired
    DirectoryManagement directory;

    /** PostgreSQL refuses NUL in text, also as a query's parameter: a typed NUL must be a failed sign-in, not a 500. */
    @Test
    void aUsernameTypedWithANulCharacterIsAFailedSignIn() throws Exception {
        var browser = new dev.gatehouse.testsupport.BrowserSession(port);

        var response = browser.signIn("nul\u0000typed", "whatever-password");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/signin?error=failed"));
    }

    @Test
    void anAuthenticatorAppSignsInOncePerCodeWithItsSeedSealed() throws Exception {
        TestMfaPolicy.store(jdbc, "always", "totp,webauthn", "require-registration");
        String username = "pg-" + UUID.randomUUID().toString().substring(0, 8);
        new TestUsers(jdbc, passwordEncoder).create(username, PASSWORD, true);
        MfaBrowser browser = new MfaBrowser(port, clock);
        browser.signIn(username, PASSWORD);
        MfaBrowser.Enrolled app = browser.enrolAuthenticatorApp("Phone");
        browser.signOut();
        String code = browser.nextCode(app.secret());

        browser.signIn(username, PASSWORD);
        assertThat(MfaBrowser.redirect(browser.submitCode(code))).startsWith("/start");
        browser.signOut();
        browser.signIn(username, PASSWORD);
        assertThat(MfaBrowser.redirect(browser.submitCode(code))).isEqualTo("/signin/mfa?error=replayed");

        String sealed = jdbc.queryForObject("select sealed_secret from mfa_authenticator_apps", String.class);
        assertThat(sealed).startsWith("v1.").doesNotContain(app.secret());
        assertThat(jdbc.queryForObject("select key_id from mfa_authenticator_apps", String.class))
                .isEqualTo(new SecretCipher(Base64.getDecoder()
                        .decode("MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=")).keyId());
    }

    @Test
    void passkeysRoundTripThroughSpringSecuritysCredentialTable() {
        String username = "pg-key-" + UUID.randomUUID().toString().substring(0, 8);
        UUID userId = new TestUsers(jdbc, passwordEncoder).create(username, PASSWORD, true);
        var entity = passkeyUsers.findOrCreate(directory.findSignInAccount(userId).orElseThrow());
        Instant created = Instant.parse("2026-06-01T09:00:00Z").truncatedTo(ChronoUnit.MILLIS);
        byte[] publicKey = { 0, 1, 2, (byte) 0xff };
        passkeyCredentials.save(ImmutableCredentialRecord.builder()
                .userEntityUserId(entity.getId())
                .credentialId(Bytes.random())
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .publicKey(new ImmutablePublicKeyCose(publicKey))
                .signatureCount(7)
                .uvInitialized(true)
                .transports(Set.of())
                .backupEligible(true)
                .backupState(false)
                .label("YubiKey")
                .created(created)
                .lastUsed(created)
                .build());

        assertThat(passkeys.of(userId)).singleElement().satisfies(record -> {
            assertThat(record.getLabel()).isEqualTo("YubiKey");
            assertThat(record.getPublicKey().getBytes()).isEqualTo(publicKey);
            assertThat(record.getSignatureCount()).isEqualTo(7);
            assertThat(record.getCreated()).isEqualTo(created);
        });
        assertThat(passkeyUsers.userIdOf(entity.getId())).hasValue(userId);

        jdbc.update("delete from directory_users where id = ?", userId);
        assertThat(jdbc.queryForObject("select count(*) from user_credentials", Long.class))
                .as("a deleted user takes their passkeys along").isZero();
    }
}
