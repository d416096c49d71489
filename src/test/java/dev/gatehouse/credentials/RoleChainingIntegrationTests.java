package dev.gatehouse.credentials;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.gatehouse.testsupport.AwsIntegrationTest;
import dev.gatehouse.testsupport.AwsStandIn;
import dev.gatehouse.testsupport.PortalFixture;
import dev.gatehouse.testsupport.PortalFixture.EntitledUser;
import dev.gatehouse.testsupport.PortalFixture.PermissionSet;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Gatehouse running on role credentials: sessions capped at 1 hour, no console SessionDuration, and said so. */
@AwsIntegrationTest
class RoleChainingIntegrationTests {

    static final String HOST_ROLE_SESSION = "arn:aws:sts::999999999999:assumed-role/GatehouseHost/i-0123456789abcdef0";

    final AwsStandIn aws = AwsStandIn.get();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    CallerIdentityCheck identity;

    String username;
    String accountId;
    PermissionSet longSessions;
    Cookie session;

    @BeforeEach
    void gatehouseOnRoleCredentials() throws Exception {
        aws.reset();
        aws.callerIs(HOST_ROLE_SESSION);
        identity.refresh();
        aws.assumeRoleReturns("ASIACHAINEDSESSION01", "chained/secret+key", "chained/token+value",
                Instant.now().plus(1, ChronoUnit.HOURS));
        aws.federationReturns("chained-signin-token");
        EntitledUser rolf = new PortalFixture(jdbc, passwordEncoder).entitledUser("rolf", "Chained", "LongSessions",
                "PT8H");
        username = rolf.username();
        accountId = rolf.accountId();
        longSessions = rolf.permissionSet();
        session = PortalFixture.signIn(mvc, username);
    }

    @AfterEach
    void backToUserCredentials() {
        aws.reset();
        identity.refresh();
    }

    @Test
    void credentialsAreAskedForOneHourAndThePopupSaysWhy() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/start/credentials").param("account_id", accountId)
                .param("role_name", longSessions.name()).cookie(session).with(csrf()).accept("text/html"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(AwsStandIn.form(aws.stsRequests("AssumeRole").get(0))).containsEntry("DurationSeconds", "3600");
        assertThat(response.getContentAsString()).contains(
                "These credentials last 1 hour although the permission set allows 8 hours",
                "Gatehouse itself runs on role credentials", "role chaining");
    }

    @Test
    void theConsoleSignInOmitsSessionDuration() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/start/console").param("account_id", accountId)
                .param("role_name", longSessions.name()).cookie(session)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(AwsStandIn.form(aws.stsRequests("AssumeRole").get(0))).containsEntry("DurationSeconds", "3600");
        assertThat(AwsStandIn.form(aws.federationRequests().get(0))).containsKey("Session")
                .doesNotContainKey("SessionDuration");
    }

    @Test
    void aRoleThatDoesNotTrustGatehouseNamesTheHostRoleAsThePrincipalToTrust() throws Exception {
        aws.assumeRoleFails(403, "AccessDenied", "not authorized to perform: sts:AssumeRole");

        MockHttpServletResponse response = mvc.perform(post("/start/credentials").param("account_id", accountId)
                .param("role_name", longSessions.name()).cookie(session).with(csrf()).accept("text/html"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(502);
        assertThat(response.getContentAsString())
                .contains("&quot;AWS&quot;: &quot;arn:aws:iam::999999999999:role/GatehouseHost&quot;");
    }
}
