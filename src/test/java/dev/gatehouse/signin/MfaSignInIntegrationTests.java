package dev.gatehouse.signin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.gatehouse.directory.DirectoryManagement;
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
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** A directory user's sign-in with an authenticator app and recovery codes, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockAndEventsConfiguration.class)
class MfaSignInIntegrationTests {

    static final String PASSWORD = "a-long-enough-password";

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
    SignInSessions sessions;

    @Autowired
    DirectoryManagement directory;

    String username;
    UUID userId;

    @BeforeEach
    void newUserUnderTheDefaultPolicy() {
        TestMfaPolicy.store(jdbc, "always", "totp,webauthn", "require-registration");
        username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        userId = new TestUsers(jdbc, passwordEncoder).create(username, PASSWORD, true);
        events.clear();
    }

    @AfterEach
    void backToThePropertyPolicy() {
        TestMfaPolicy.forget(jdbc);
    }

    @Test
    void aNewUserIsWalkedThroughAnAuthenticatorAppAndAskedForACodeAtTheNextSignIn() throws Exception {
        MfaBrowser browser = new MfaBrowser(port, clock);
        assertThat(browser.signIn(username, PASSWORD)).isEqualTo("/signin/mfa");
        assertThat(browser.http.get("/signin/mfa").body()).contains("Set up multi-factor authentication");
        assertThat(browser.http.get("/settings/security").statusCode()).isEqualTo(302);
        assertThat(events.of(SignedIn.class)).as("the password alone is not a sign-in").isEmpty();

        MfaBrowser.Enrolled app = browser.enrolAuthenticatorApp("My phone");

        assertThat(app.response().statusCode()).isEqualTo(200);
        assertThat(app.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(browser.landing()).isEqualTo("/start");
        assertThat(events.of(MfaRegistered.class)).extracting(MfaRegistered::method)
                .containsExactly("authenticator-app", "recovery-codes");
        assertThat(events.of(SignedIn.class)).extracting(SignedIn::method).containsExactly("password+totp");

        browser.signOut();
        assertThat(browser.signIn(username, PASSWORD)).isEqualTo("/signin/mfa");
        assertThat(browser.http.get("/signin/mfa").body()).contains("Code from your authenticator app");
        assertThat(browser.landing()).as("nothing opens before the code").isEqualTo("/signin/mfa");

        String sessionBefore = browser.http.cookie("SESSION").orElseThrow();
        HttpResponse<String> code = browser.submitCode(browser.nextCode(app.secret()));

        assertThat(MfaBrowser.redirect(code)).startsWith("/start");
        assertThat(browser.landing()).isEqualTo("/start");
        assertThat(events.of(SignedIn.class)).extracting(SignedIn::method).containsExactly("password+totp", "password+totp");
        assertThat(browser.http.cookie("SESSION")).as("a new session id after the second step").isPresent()
                .get().isNotEqualTo(sessionBefore);
    }

    @Test
    void aSignInThatOwesTheSecondStepCannotRegisterADeviceToSkipIt() throws Exception {
        MfaBrowser owner = new MfaBrowser(port, clock);
        owner.signIn(username, PASSWORD);
        owner.enrolAuthenticatorApp("My phone");
        events.clear();

        MfaBrowser passwordOnly = new MfaBrowser(port, clock);
        assertThat(passwordOnly.signIn(username, PASSWORD)).isEqualTo("/signin/mfa");
        assertThat(MfaBrowser.redirect(passwordOnly.http.get("/settings/security/authenticator-app")))
                .isEqualTo("/signin/mfa");
        String token = BrowserSession.csrfToken(passwordOnly.http.get("/signin/mfa").body());
        assertThat(MfaBrowser.redirect(passwordOnly.http.postJson("/settings/security/passkeys/options", token, "")))
                .isEqualTo("/signin/mfa");
        assertThat(MfaBrowser.redirect(passwordOnly.http.postForm("/settings/security/recovery-codes/first",
                "_csrf=" + token))).isEqualTo("/signin/mfa");
        assertThat(events.of(MfaRegistered.class)).isEmpty();
    }

    @Test
    void aStaleSignInThatWaitedForAFirstDeviceCannotRegisterOneOnceTheUserHas() throws Exception {
        MfaBrowser stale = new MfaBrowser(port, clock);
        assertThat(stale.signIn(username, PASSWORD)).isEqualTo("/signin/mfa");
        HttpResponse<String> setup = stale.http.get("/settings/security/authenticator-app");
        assertThat(setup.statusCode()).as("no device yet: registering is the way on").isEqualTo(200);

        MfaBrowser owner = new MfaBrowser(port, clock);
        owner.signIn(username, PASSWORD);
        String secret = owner.enrolAuthenticatorApp("My phone").secret();
        events.clear();

        HttpResponse<String> confirm = stale.post("/settings/security/authenticator-app", setup.body(),
                "name=Not+mine&code=" + stale.code(MfaBrowser.secretOn(setup.body())));
        assertThat(MfaBrowser.redirect(confirm)).isEqualTo("/signin/mfa");
        String token = BrowserSession.csrfToken(stale.http.get("/signin/mfa").body());
        assertThat(MfaBrowser.redirect(stale.http.postJson("/settings/security/passkeys/options", token, "")))
                .isEqualTo("/signin/mfa");
        assertThat(MfaBrowser.redirect(stale.http.postForm("/settings/security/recovery-codes/first",
                "_csrf=" + token))).isEqualTo("/signin/mfa");
        assertThat(events.of(MfaRegistered.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mfa_authenticator_apps where user_id = ?", Long.class,
                userId)).isEqualTo(1);

        assertThat(stale.http.get("/signin/mfa").body()).as("now it owes a code from the user's device")
                .contains("Code from your authenticator app").doesNotContain("Set up multi-factor authentication");
        assertThat(MfaBrowser.redirect(stale.submitCode(stale.nextCode(secret)))).startsWith("/start");
    }

    @Test
    void registeringCompletesASignInThatWaitedForAFirstDeviceOnlyWhenItIsTheFirst() throws Exception {
        MfaBrowser owner = new MfaBrowser(port, clock);
        owner.signIn(username, PASSWORD);
        owner.enrolAuthenticatorApp("My phone");
        Authentication waiting = UsernamePasswordAuthenticationToken.authenticated(
                new SignedInUser(directory.findSignInAccount(userId).orElseThrow()), null, List.of(
                        FactorGrantedAuthority.fromAuthority(MfaAuthorities.PASSWORD),
                        new SimpleGrantedAuthority(MfaAuthorities.REGISTRATION_REQUIRED)));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.getSession(true);
        try {
            SecurityContextHolder.getContext().setAuthentication(waiting);
            sessions.registeredDuringSignIn(MfaAuthorities.TOTP, request, new MockHttpServletResponse());
            assertThat(MfaAuthorities.signedIn(SecurityContextHolder.getContext().getAuthentication())).isTrue();

            owner.enrolAuthenticatorApp("Tablet");
            SecurityContextHolder.getContext().setAuthentication(waiting);
            sessions.registeredDuringSignIn(MfaAuthorities.TOTP, request, new MockHttpServletResponse());
            assertThat(SecurityContextHolder.getContext().getAuthentication()).as("a second device completes nothing")
                    .isSameAs(waiting);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aRecoveryCodeWorksOnce() throws Exception {
        MfaBrowser browser = new MfaBrowser(port, clock);
        browser.signIn(username, PASSWORD);
        List<String> codes = browser.enrolAuthenticatorApp("My phone").recoveryCodes();
        browser.signOut();

        browser.signIn(username, PASSWORD);
        assertThat(MfaBrowser.redirect(browser.submitCode(codes.get(3).toUpperCase()))).startsWith("/start");
        assertThat(browser.landing()).isEqualTo("/start");
        assertThat(events.of(SignedIn.class)).extracting(SignedIn::method).last().isEqualTo("password+recovery-code");
        browser.signOut();

        browser.signIn(username, PASSWORD);
        assertThat(MfaBrowser.redirect(browser.submitCode(codes.get(3)))).isEqualTo("/signin/mfa?error=wrong-code");
        assertThat(browser.http.get("/signin/mfa?error=wrong-code").body()).contains("That code is not right.");
        assertThat(browser.landing()).isEqualTo("/signin/mfa");
        assertThat(events.of(MfaFailed.class)).extracting(MfaFailed::reason).containsExactly("wrong-code");
        assertThat(events.of(SignedIn.class)).as("a refused code completes no sign-in").hasSize(2);
    }

    @Test
    void aCodeIsAcceptedOnlyOnce() throws Exception {
        MfaBrowser browser = new MfaBrowser(port, clock);
        browser.signIn(username, PASSWORD);
        String secret = browser.enrolAuthenticatorApp("My phone").secret();
        browser.signOut();
        String code = browser.nextCode(secret);
        browser.signIn(username, PASSWORD);
        browser.submitCode(code);
        browser.signOut();

        MfaBrowser thief = new MfaBrowser(port, clock);
        thief.signIn(username, PASSWORD);
        HttpResponse<String> replay = thief.submitCode(code);

        assertThat(MfaBrowser.redirect(replay)).isEqualTo("/signin/mfa?error=replayed");
        assertThat(thief.landing()).isEqualTo("/signin/mfa");
        assertThat(events.of(MfaFailed.class)).singleElement().satisfies(failed -> {
            assertThat(failed.reason()).isEqualTo("replayed");
            assertThat(failed.details().toString()).as("never the code").doesNotContain(code);
        });
    }

    @Test
    void fiveWrongCodesPauseTheSecondStepUntilThePauseEnds() throws Exception {
        MfaBrowser browser = new MfaBrowser(port, clock);
        browser.signIn(username, PASSWORD);
        String secret = browser.enrolAuthenticatorApp("My phone").secret();
        browser.signOut();
        browser.signIn(username, PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(MfaBrowser.redirect(browser.submitCode("000000"))).isEqualTo("/signin/mfa?error=wrong-code");
        }

        assertThat(MfaBrowser.redirect(browser.submitCode(browser.nextCode(secret))))
                .isEqualTo("/signin/mfa?error=paused");
        assertThat(browser.http.get("/signin/mfa?error=paused").body()).contains("Try again in 15 minutes");
        assertThat(events.of(MfaFailed.class)).extracting(MfaFailed::paused)
                .containsExactly(false, false, false, false, true);

        clock.advance(Duration.ofMinutes(15));
        assertThat(MfaBrowser.redirect(browser.submitCode(browser.code(secret)))).startsWith("/start");
    }
}
