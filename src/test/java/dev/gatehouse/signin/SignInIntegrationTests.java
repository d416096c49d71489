package dev.gatehouse.signin;

import java.time.Duration;
import java.time.Instant;

import dev.gatehouse.testsupport.MutableClock;
import dev.gatehouse.testsupport.TestUsers;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "gatehouse.signin.lockout.max-failures-per-address=8")
@AutoConfigureMockMvc
@Import(SignInIntegrationTests.TestClock.class)
class SignInIntegrationTests {

    static final String ADMIN_PASSWORD = "bootstrap-admin-password";

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    TestUsers users;

    @BeforeEach
    void forgetEarlierFailures() {
        jdbc.update("delete from signin_failures");
        users = new TestUsers(jdbc, passwordEncoder);
    }

    @Test
    void rightPasswordLandsOnTheStartPageGreetingTheUser() throws Exception {
        Cookie session = signIn("admin", ADMIN_PASSWORD);

        mvc.perform(get("/start").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Welcome, admin")));
    }

    @Test
    void usernameIsCaseInsensitive() throws Exception {
        mvc.perform(signInForm("ADMIN", ADMIN_PASSWORD))
                .andExpect(redirectedUrl("/start"));
    }

    @Test
    void wrongPasswordAndUnknownUserReadTheSame() throws Exception {
        mvc.perform(signInForm("admin", "wrong"))
                .andExpect(redirectedUrl("/signin?error=failed"));
        mvc.perform(signInForm("nobody-here", "wrong"))
                .andExpect(redirectedUrl("/signin?error=failed"));

        mvc.perform(get("/signin").param("error", "failed"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Incorrect username or password.")));
    }

    @Test
    void sixthAttemptIsRefusedEvenWithTheRightPasswordUntilThePauseEnds() throws Exception {
        users.create("lockme", "the-right-password", true);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(signInForm("lockme", "wrong-" + attempt).with(from("10.1.0.1")))
                    .andExpect(redirectedUrl("/signin?error=failed"));
        }

        mvc.perform(signInForm("lockme", "the-right-password").with(from("10.1.0.1")))
                .andExpect(redirectedUrl("/signin?error=paused"));
        mvc.perform(get("/signin").param("error", "paused"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Sign-in for this user is paused for 15 minutes")));

        clock.advance(Duration.ofMinutes(14));
        mvc.perform(signInForm("lockme", "the-right-password").with(from("10.1.0.1")))
                .andExpect(redirectedUrl("/signin?error=paused"));
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(signInForm("lockme", "the-right-password").with(from("10.1.0.1")))
                .andExpect(redirectedUrl("/start"));
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotPause() throws Exception {
        users.create("slowtypist", "the-right-password", true);
        for (int attempt = 1; attempt <= 6; attempt++) {
            mvc.perform(signInForm("slowtypist", "wrong").with(from("10.2.0.1")))
                    .andExpect(redirectedUrl("/signin?error=failed"));
            clock.advance(Duration.ofMinutes(4));
        }

        mvc.perform(signInForm("slowtypist", "the-right-password").with(from("10.2.0.1")))
                .andExpect(redirectedUrl("/start"));
    }

    @Test
    void anotherUsersLockoutDoesNotPauseMe() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(signInForm("victim", "guess").with(from("10.3.0.1")));
        }

        mvc.perform(signInForm("admin", ADMIN_PASSWORD).with(from("10.3.0.2")))
                .andExpect(redirectedUrl("/start"));
    }

    @Test
    void oneClientAddressTryingManyUsernamesIsPaused() throws Exception {
        for (int attempt = 1; attempt <= 8; attempt++) {
            mvc.perform(signInForm("spray-" + attempt, "Winter2026!").with(from("10.4.0.1")))
                    .andExpect(redirectedUrl("/signin?error=failed"));
        }

        mvc.perform(signInForm("admin", ADMIN_PASSWORD).with(from("10.4.0.1")))
                .andExpect(redirectedUrl("/signin?error=address-paused"));
        mvc.perform(signInForm("admin", ADMIN_PASSWORD).with(from("10.4.0.2")))
                .andExpect(redirectedUrl("/start"));
    }

    @Test
    void disabledUserCannotSignInAndOnlyTheRightPasswordRevealsWhy() throws Exception {
        users.create("gone", "the-right-password", false);

        mvc.perform(signInForm("gone", "wrong"))
                .andExpect(redirectedUrl("/signin?error=failed"));
        mvc.perform(signInForm("gone", "the-right-password"))
                .andExpect(redirectedUrl("/signin?error=disabled"));
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/signin").param("username", "admin").param("password", ADMIN_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void signOutNeedsCsrfAndEndsTheSession() throws Exception {
        Cookie session = signIn("admin", ADMIN_PASSWORD);

        mvc.perform(post("/signout").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/start").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/signout").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/signin?signedout"));
        mvc.perform(get("/start").cookie(session).accept("text/html"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/signin"));
    }

    @Test
    void signingInIssuesANewSessionId() throws Exception {
        MvcResult page = mvc.perform(get("/signin")).andReturn();
        Cookie anonymous = page.getResponse().getCookie("SESSION");
        assertThat(anonymous).isNotNull();

        MvcResult signedIn = mvc.perform(signInForm("admin", ADMIN_PASSWORD).cookie(anonymous))
                .andExpect(redirectedUrl("/start")).andReturn();

        Cookie authenticated = signedIn.getResponse().getCookie("SESSION");
        assertThat(authenticated).isNotNull();
        assertThat(authenticated.getValue()).isNotEqualTo(anonymous.getValue());
        mvc.perform(get("/start").cookie(anonymous).accept("text/html")).andExpect(status().isFound());
    }

    private Cookie signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(signInForm(username, password))
                .andExpect(redirectedUrl("/start")).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    private static MockHttpServletRequestBuilder signInForm(String username, String password) {
        return post("/signin").param("username", username).param("password", password).with(csrf());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
