package dev.gatehouse.portal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.audit.AuditTestEvent;
import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.testsupport.AuditRows;
import dev.gatehouse.testsupport.CommittingPublisher;
import dev.gatehouse.testsupport.PortalFixture;
import dev.gatehouse.testsupport.PortalFixture.EntitledUser;
import dev.gatehouse.testsupport.TestUsers;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@SpringBootTest
@AutoConfigureMockMvc
class RecentActivityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theStartPageLinksToTheUsersOwnSignInsFailedAttemptsOnTheirNameAndAwsAccessOnly() throws Exception {
        String username = "watcher-" + UUID.randomUUID().toString().substring(0, 8);
        UUID userId = new TestUsers(jdbc, passwordEncoder).create(username, "watcher-password-1", true);
        mvc.perform(post("/signin").param("username", username).param("password", "guessed-wrong").with(csrf())
                .with(request -> {
                    request.setRemoteAddr("203.0.113.66");
                    return request;
                }));
        Cookie session = mvc.perform(post("/signin").param("username", username).param("password", "watcher-password-1")
                .with(csrf())).andExpect(redirectedUrl("/start")).andReturn().getResponse().getCookie("SESSION");
        Instant at = Instant.now();
        publish(AuditTestEvent.of(at, AuditAction.CREDENTIALS_ISSUED, username, Map.of()).by(userId)
                .in("123456789012", "PowerUser"));
        publish(AuditTestEvent.of(at, AuditAction.ADMIN_CHANGE, username, Map.of("what", "group")).by(userId));
        publish(AuditTestEvent.of(at, AuditAction.CREDENTIALS_ISSUED, "someone-else", Map.of())
                .in("999999999999", "Other"));
        new AuditRows(jdbc).awaitRecorded();

        String start = mvc.perform(get("/start").cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(start).contains("href=\"/start/activity\"", "Recent activity");

        String page = mvc.perform(get("/start/activity").cookie(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Credentials issued", "123456789012 · PowerUser", "Sign-in", "Failed sign-in",
                "203.0.113.66", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).format(at));
        assertThat(page.indexOf("Credentials issued")).isLessThan(page.indexOf("Failed sign-in"));
        assertThat(page).doesNotContain("Admin change", "999999999999");
    }

    @Test
    void eachLineSaysHowItHappenedAndNamesTheAccountsTheUserKnows() throws Exception {
        var fixture = new PortalFixture(jdbc, passwordEncoder);
        EntitledUser reader = fixture.entitledUser("reader", "Payments Production", "Deploy", "PT1H");
        String username = reader.username();
        String accountId = reader.accountId();
        String deploy = reader.permissionSet().name();
        UUID userId = fixture.idOf(username);
        mvc.perform(post("/signin").param("username", username).param("password", "guessed-wrong").with(csrf()));
        Cookie session = PortalFixture.signIn(mvc, username);
        Instant at = Instant.now();
        publish(AuditTestEvent.of(at, AuditAction.CREDENTIALS_ISSUED, username, Map.of("accessKeyId",
                "ASIAREADEREXAMPLE001")).by(userId).in(accountId, deploy));
        publish(AuditTestEvent.of(at.plusSeconds(1), AuditAction.CONSOLE_SIGN_IN, username, Map.of("destination",
                "https://console.aws.amazon.com/s3/")).by(userId).in("123456789012", "Gone"));
        publish(AuditTestEvent.of(at.plusSeconds(2), AuditAction.SIGN_IN, username, Map.of("method",
                "password+totp")).by(userId));
        publish(AuditTestEvent.of(at.plusSeconds(3), AuditAction.SIGN_IN, username, Map.of("method",
                "oidc:keycloak")).by(userId));
        new AuditRows(jdbc).awaitRecorded();

        String page = mvc.perform(get("/start/activity").cookie(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Wrong password", ">Password<", "Password and authenticator app",
                "keycloak (identity provider)", "Access key ASIAREADEREXAMPLE001",
                "Payments Production (" + accountId + ") · " + deploy, "https://console.aws.amazon.com/s3/",
                "123456789012 · Gone");
    }

    @Test
    void recentActivityNeedsASignedInUser() throws Exception {
        mvc.perform(get("/start/activity").accept("text/html")).andExpect(redirectedUrl("/signin"));
    }

    private void publish(AuditTestEvent event) {
        new CommittingPublisher(events, transactions).publish(event);
    }
}
