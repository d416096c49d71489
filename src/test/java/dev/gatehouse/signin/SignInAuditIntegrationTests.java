package dev.gatehouse.signin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.testsupport.AuditRows;
import dev.gatehouse.testsupport.TestUsers;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Every sign-in action leaves exactly one audit event (a lockout one more), with who, from where and why. */
@SpringBootTest(properties = "gatehouse.signin.lockout.max-failures-per-address=7")
@AutoConfigureMockMvc
class SignInAuditIntegrationTests {

    static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/140.0";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    AuditRows audit;
    TestUsers users;
    String address;

    @BeforeEach
    void setUp() {
        audit = new AuditRows(jdbc);
        users = new TestUsers(jdbc, passwordEncoder);
        address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250 + 1);
    }

    @Test
    void signingInRecordsOneSignInWithTheUserTheAddressTheBrowserAndTheMethod() throws Exception {
        String username = "Signer-" + suffix();
        UUID userId = users.create(username, "the-right-password", true);

        MvcResult result = mvc.perform(signIn(username.toLowerCase(), "the-right-password"))
                .andExpect(redirectedUrl("/start")).andReturn();

        assertThat(rowsOf(result)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("ACTION", "SignIn").containsEntry("OUTCOME", "SUCCESS")
                    .containsEntry("ACTOR_USER_ID", userId).containsEntry("ACTOR_USERNAME", username)
                    .containsEntry("CLIENT_ADDRESS", address).containsEntry("USER_AGENT", BROWSER)
                    .containsEntry("DETAILS", "{\"method\":\"password\"}");
            assertThat(row.get("DETAILS").toString()).doesNotContain("the-right-password");
        });
    }

    @Test
    void aWrongPasswordAndAnUnknownUserEachRecordOneFailureWithTheNameAsTypedAndNoPassword() throws Exception {
        String username = "typo-" + suffix();
        users.create(username, "the-right-password", true);

        MvcResult wrong = mvc.perform(signIn(username, "Wrong-Password-1")).andReturn();
        MvcResult unknown = mvc.perform(signIn("nobody-" + suffix(), "Wrong-Password-2")).andReturn();

        for (MvcResult result : List.of(wrong, unknown)) {
            assertThat(rowsOf(result)).singleElement().satisfies(row -> {
                assertThat(row).containsEntry("ACTION", "SignInFailed").containsEntry("OUTCOME", "FAILURE")
                        .containsEntry("ACTOR_USER_ID", null).containsEntry("CLIENT_ADDRESS", address)
                        .containsEntry("DETAILS", "{\"method\":\"password\",\"reason\":\"bad-credentials\"}");
                assertThat(row.toString()).doesNotContain("Wrong-Password");
            });
        }
        assertThat(rowsOf(wrong).get(0)).containsEntry("ACTOR_USERNAME", username);
    }

    @Test
    void aDisabledUserWithTheRightPasswordIsRecordedAsDisabled() throws Exception {
        String username = "gone-" + suffix();
        users.create(username, "the-right-password", false);

        MvcResult result = mvc.perform(signIn(username, "the-right-password")).andReturn();

        assertThat(rowsOf(result)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("ACTION", "SignInFailed")
                .containsEntry("DETAILS", "{\"method\":\"password\",\"reason\":\"disabled\"}"));
    }

    @Test
    void theFailureThatPausesAUsernameAlsoRecordsOneLockoutAndRefusedAttemptsSayPaused() throws Exception {
        String username = "lockme-" + suffix();
        users.create(username, "the-right-password", true);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(rowsOf(mvc.perform(signIn(username, "wrong")).andReturn())).hasSize(1);
        }

        List<Map<String, Object>> fifth = rowsOf(mvc.perform(signIn(username, "wrong")).andReturn());
        List<Map<String, Object>> refused = rowsOf(mvc.perform(signIn(username, "the-right-password"))
                .andExpect(redirectedUrl("/signin?error=paused")).andReturn());

        assertThat(fifth).extracting(row -> row.get("ACTION")).containsExactlyInAnyOrder("SignInFailed", "Lockout");
        assertThat(fifth).filteredOn(row -> row.get("ACTION").equals("Lockout")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("ACTOR_USERNAME", username)
                        .containsEntry("OUTCOME", "FAILURE").containsEntry("CLIENT_ADDRESS", address)
                        .extractingByKey("DETAILS").asString()
                        .contains("\"scope\":\"username\"", "\"failures\":5", "\"pausedUntil\":"));
        assertThat(refused).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("DETAILS", "{\"method\":\"password\",\"pausedFor\":\"username\",\"reason\":\"paused\"}"));
    }

    @Test
    void anAddressTryingManyNamesRecordsOneAddressLockout() throws Exception {
        List<Map<String, Object>> rows = List.of();
        for (int attempt = 1; attempt <= 7; attempt++) {
            rows = rowsOf(mvc.perform(signIn("spray-" + attempt + "-" + suffix(), "Winter2026!")).andReturn());
        }

        assertThat(rows).filteredOn(row -> row.get("ACTION").equals("Lockout")).singleElement()
                .extracting(row -> row.get("DETAILS")).asString().contains("\"scope\":\"address\"", "\"failures\":7");
        assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'Lockout' and client_address = ?",
                Long.class, address)).isOne();
    }

    @Test
    void signingOutRecordsOneSignOutOfTheUserAndUsingThePortalRecordsNothing() throws Exception {
        String username = "leaver-" + suffix();
        UUID userId = users.create(username, "the-right-password", true);
        Cookie session = mvc.perform(signIn(username, "the-right-password")).andReturn().getResponse()
                .getCookie("SESSION");

        MvcResult page = mvc.perform(get("/start").cookie(session).with(from())).andReturn();
        MvcResult signOut = mvc.perform(post("/signout").cookie(session).with(csrf()).with(from())
                .header("User-Agent", BROWSER)).andExpect(redirectedUrl("/signin?signedout")).andReturn();

        assertThat(rowsOf(page)).isEmpty();
        assertThat(rowsOf(signOut)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("ACTION", "SignOut").containsEntry("ACTOR_USER_ID", userId)
                .containsEntry("ACTOR_USERNAME", username).containsEntry("CLIENT_ADDRESS", address)
                .containsEntry("USER_AGENT", BROWSER));
    }

    private List<Map<String, Object>> rowsOf(MvcResult result) {
        String requestId = result.getResponse().getHeader("X-Request-Id");
        assertThat(requestId).isNotBlank();
        return audit.ofRequest(requestId);
    }

    private MockHttpServletRequestBuilder signIn(String username, String password) {
        return post("/signin").param("username", username).param("password", password).with(csrf()).with(from())
                .header("User-Agent", BROWSER);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor from() {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
