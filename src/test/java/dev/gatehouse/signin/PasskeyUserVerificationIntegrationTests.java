package dev.gatehouse.signin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.settings.PortalProperties;
import dev.gatehouse.settings.SettingsManagement;
import dev.gatehouse.testsupport.BrowserSession;
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
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import static dev.gatehouse.signin.MfaSignInIntegrationTests.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A passkey that is the whole sign-in must verify its user (PIN or biometrics): someone holding another person's
 * security key, touching it without its PIN, does not become that person. As the second step after the owner's own
 * password a touch is enough. The key is a {@link SoftwarePasskey} registered through the security page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockAndEventsConfiguration.class)
class PasskeyUserVerificationIntegrationTests {

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
    WebAuthnRelyingPartyOperations relyingParty;

    @Autowired
    PasskeyUserEntities userEntities;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    SettingsManagement settings;

    @Autowired
    SecondStepFailures failures;

    String owner;
    String other;
    SoftwarePasskey ownersKey;

    @BeforeEach
    void anOwnerWithAKeyWithoutPinAndAnotherUser() throws Exception {
        TestMfaPolicy.store(jdbc, "always", "totp,webauthn", "allow");
        String run = UUID.randomUUID().toString().substring(0, 8);
        owner = "owner-" + run;
        other = "other-" + run;
        TestUsers users = new TestUsers(jdbc, passwordEncoder);
        users.create(owner, PASSWORD, true);
        users.create(other, PASSWORD, true);
        ownersKey = new SoftwarePasskey(rp.getId(), PasskeyConfiguration.origin(portal.url()));

        MfaBrowser browser = new MfaBrowser(port, clock);
        assertThat(browser.signIn(owner, PASSWORD)).as("no device yet, and the policy allows that").isEqualTo("/start");
        String token = BrowserSession.csrfToken(browser.http.get("/settings/security").body());
        HttpResponse<String> options = browser.http.postJson("/settings/security/passkeys/options", token, "");
        HttpResponse<String> registered = browser.http.postJson("/settings/security/passkeys", token,
                ownersKey.registration(options.body(), "Key without PIN"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
    }

    @AfterEach
    void backToThePropertyPolicy() {
        TestMfaPolicy.forget(jdbc);
        SecurityContextHolder.clearContext();
    }

    @Test
    void someoneSignedInCannotBecomeTheKeysOwnerByTouchingIt() throws Exception {
        MfaBrowser browser = new MfaBrowser(port, clock);
        assertThat(browser.signIn(other, PASSWORD)).isEqualTo("/start");
        String token = BrowserSession.csrfToken(browser.http.get("/settings/security").body());

        HttpResponse<String> options = browser.http.postJson("/webauthn/authenticate/options", token, "");
        assertThat(options.body()).contains("\"userVerification\":\"required\"");
        HttpResponse<String> touched = browser.http.postJson("/login/webauthn", token,
                ownersKey.assertion(options.body(), false));

        assertThat(touched.statusCode()).isEqualTo(401);
        assertThat(browser.http.get("/start").body()).contains("Welcome, Test " + other).doesNotContain(owner);
    }

    @Test
    void theOwnersSecondStepAfterTheirPasswordAcceptsATouch() throws Exception {
        MfaBrowser browser = new MfaBrowser(port, clock);
        assertThat(browser.signIn(owner, PASSWORD)).isEqualTo("/signin/mfa");
        String token = BrowserSession.csrfToken(browser.http.get("/signin/mfa").body());

        HttpResponse<String> options = browser.http.postJson("/webauthn/authenticate/options", token, "");
        assertThat(options.body()).contains("\"userVerification\":\"preferred\"", ownersKey.credentialId());
        HttpResponse<String> touched = browser.http.postJson("/login/webauthn", token,
                ownersKey.assertion(options.body(), false));

        assertThat(touched.statusCode()).as(touched.body()).isEqualTo(200);
        assertThat(browser.landing()).isEqualTo("/start");
        assertThat(browser.http.get("/start").body()).contains("Welcome, Test " + owner);
    }

    @Test
    void aPasskeyAsTheWholeSignInNeedsTheUserVerifiedFlagWhateverTheOptionsSaid() {
        PasskeyAuthenticationProvider passkeys = new PasskeyAuthenticationProvider(relyingParty, userEntities,
                directory, settings, failures);

        assertThatThrownBy(() -> passkeys.authenticate(answer(false))).isInstanceOf(BadCredentialsException.class);

        SecurityContextHolder.getContext().setAuthentication(secondStepPendingFor(other));
        assertThatThrownBy(() -> passkeys.authenticate(answer(false)))
                .as("the second step of someone else").isInstanceOf(BadCredentialsException.class);

        Authentication verified = passkeys.authenticate(answer(true));
        assertThat(verified.getName()).isEqualTo(owner);
        assertThat(MfaAuthorities.has(verified, MfaAuthorities.WEBAUTHN)).isTrue();
    }

    /** The owner's key touched, answering options that asked for user verification only if preferred. */
    private WebAuthnAuthenticationRequestToken answer(boolean userVerified) {
        Bytes challenge = Bytes.random();
        PublicKeyCredentialRequestOptions lenient = PublicKeyCredentialRequestOptions.builder()
                .challenge(challenge)
                .rpId(rp.getId())
                .timeout(Duration.ofMinutes(5))
                .allowCredentials(List.of())
                .userVerification(UserVerificationRequirement.PREFERRED)
                .build();
        return new WebAuthnAuthenticationRequestToken(new RelyingPartyAuthenticationRequest(lenient,
                ownersKey.credential(challenge.getBytes(), userVerified)));
    }

    private Authentication secondStepPendingFor(String username) {
        SignedInUser user = new SignedInUser(directory.findSignInAccount(username).orElseThrow());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(
                FactorGrantedAuthority.fromAuthority(MfaAuthorities.PASSWORD),
                new SimpleGrantedAuthority(MfaAuthorities.REQUIRED)));
    }
}
