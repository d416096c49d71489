package dev.gatehouse.portal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.gatehouse.credentials.AccessDenied;
import dev.gatehouse.credentials.AccessKind;
import dev.gatehouse.credentials.CredentialsIssued;
import dev.gatehouse.shared.Outcome;
import dev.gatehouse.testsupport.AwsIntegrationTest;
import dev.gatehouse.testsupport.AwsStandIn;
import dev.gatehouse.testsupport.CommittedEvents;
import dev.gatehouse.testsupport.PortalFixture;
import dev.gatehouse.testsupport.PortalFixture.EntitledUser;
import dev.gatehouse.testsupport.PortalFixture.PermissionSet;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The access keys popup and its JSON, driving the real AWS SDK against the STS stand-in. */
@AwsIntegrationTest
@RecordApplicationEvents
class CredentialsIntegrationTests {

    static final String ACCESS_KEY_ID = "ASIAUSERSESSION00001";
    static final String SECRET = "user/session+secret/K7MDENG+bPxRfiCY==";
    static final String TOKEN = "IQoJb3JpZ2luX2VjEHoa/user+session+token/ABCDEFGHIJKLMNOP==";
    static final Instant EXPIRATION = Instant.now().plus(8, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    final AwsStandIn aws = AwsStandIn.get();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    @Autowired
    CommittedEvents committed;

    PortalFixture fixture;
    String username;
    String accountId;
    PermissionSet deploy;

    @BeforeEach
    void entitledUser() {
        aws.reset();
        aws.assumeRoleReturns(ACCESS_KEY_ID, SECRET, TOKEN, EXPIRATION);
        fixture = new PortalFixture(jdbc, passwordEncoder);
        EntitledUser dana = fixture.entitledUser("dana.dev+ops@", "Payments Production", "Deploy", "PT8H");
        username = dana.username();
        accountId = dana.accountId();
        deploy = dana.permissionSet();
    }

    @Test
    void jsonCredentialsComeFromAssumeRoleSignedWithGatehousesOwnIdentity() throws Exception {
        MockHttpServletResponse response = credentials(PortalFixture.signIn(mvc, username), accountId, deploy.name(),
                "application/json");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.get("accessKeyId").asString()).isEqualTo(ACCESS_KEY_ID);
        assertThat(body.get("secretAccessKey").asString()).isEqualTo(SECRET);
        assertThat(body.get("sessionToken").asString()).isEqualTo(TOKEN);
        assertThat(Instant.parse(body.get("expiration").asString())).isEqualTo(EXPIRATION);

        LoggedRequest assumeRole = aws.stsRequests("AssumeRole").get(0);
        assertThat(AwsStandIn.form(assumeRole)).containsEntry("Action", "AssumeRole")
                .containsEntry("Version", "2011-06-15")
                .containsEntry("RoleArn", "arn:aws:iam::" + accountId + ":role/GatehouseReserved_" + deploy.name())
                .containsEntry("RoleSessionName", username)
                .containsEntry("SourceIdentity", username)
                .containsEntry("DurationSeconds", "28800");
        assertThat(assumeRole.getHeader("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential="
                + AwsStandIn.GATEHOUSE_ACCESS_KEY_ID + "/").contains("/us-east-1/sts/aws4_request", "Signature=");
        assertThat(assumeRole.getHeader("X-Amz-Date")).isNotBlank();
    }

    @Test
    void thePopupPageShowsEveryWayToUseTheCredentials() throws Exception {
        MockHttpServletResponse response = credentials(PortalFixture.signIn(mvc, username), accountId,
                deploy.name().toLowerCase(), "text/html");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        String page = response.getContentAsString();
        assertThat(page).contains("Get credentials for " + deploy.name(), "Payments Production", accountId,
                "export AWS_ACCESS_KEY_ID=&quot;" + ACCESS_KEY_ID + "&quot;",
                "export AWS_SECRET_ACCESS_KEY=&quot;" + SECRET + "&quot;",
                "set -x AWS_SESSION_TOKEN &quot;" + TOKEN + "&quot;",
                "SET AWS_SECRET_ACCESS_KEY=" + SECRET,
                "$Env:AWS_SESSION_TOKEN=&quot;" + TOKEN + "&quot;",
                "[" + accountId + "_" + deploy.name() + "]",
                "aws_secret_access_key=" + SECRET,
                "&quot;Version&quot;: 1",
                "AWS IAM Identity Center credentials", AwsStandIn.PORTAL_URL + "/start", "us-east-1",
                "datetime=\"" + EXPIRATION + "\"", "data-expires=\"" + EXPIRATION + "\"",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).format(EXPIRATION) + " UTC")
                .doesNotContain("role chaining");
    }

    @Test
    void accessThroughAGroupIssuesCredentialsToo() throws Exception {
        String member = fixture.userNamed("grace");
        String sandbox = fixture.account("Sandbox");
        PermissionSet readOnly = fixture.permissionSet("ReadOnly", "PT1H");
        var group = fixture.access().group("Readers " + member);
        fixture.access().member(group, fixture.idOf(member));
        fixture.access().assignToGroup(group, sandbox, readOnly.id());

        MockHttpServletResponse response = credentials(PortalFixture.signIn(mvc, member), sandbox, readOnly.name(),
                "application/json");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(AwsStandIn.form(aws.stsRequests("AssumeRole").get(0))).containsEntry("DurationSeconds", "3600")
                .containsEntry("RoleArn", "arn:aws:iam::" + sandbox + ":role/GatehouseReserved_" + readOnly.name());
    }

    @Test
    void anUnassignedPairGetsTheSame403WhetherOrNotTheAccountExistsAndAwsIsNeverAsked() throws Exception {
        String otherAccount = fixture.account("Someone else's");
        Cookie session = PortalFixture.signIn(mvc, username);

        MockHttpServletResponse existing = credentials(session, otherAccount, deploy.name(), "text/html");
        MockHttpServletResponse missing = credentials(session, "000000000000", deploy.name(), "text/html");
        MockHttpServletResponse unknownSet = credentials(session, accountId, "NoSuchSet", "text/html");

        assertThat(existing.getStatus()).isEqualTo(403);
        assertThat(missing.getStatus()).isEqualTo(403);
        assertThat(unknownSet.getStatus()).isEqualTo(403);
        assertThat(comparable(existing.getContentAsString(), otherAccount))
                .isEqualTo(comparable(missing.getContentAsString(), "000000000000"));
        assertThat(existing.getContentAsString()).contains("You are not assigned permission set");
        assertThat(aws.stsRequests("AssumeRole")).isEmpty();
        assertThat(events.stream(AccessDenied.class).filter(e -> e.origin().username().equals(username)))
                .hasSize(3).allSatisfy(event -> {
                    assertThat(event.outcome()).isEqualTo(Outcome.DENIED);
                    assertThat(event.requested()).isEqualTo(AccessKind.CREDENTIALS);
                })
                .anySatisfy(event -> assertThat(event.accountId()).isEqualTo(otherAccount))
                .allSatisfy(event -> assertThat(committed.of(AccessDenied.class)).contains(event));
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/json", "application/problem+json" })
    void jsonErrorsAreProblemDetails(String accept) throws Exception {
        MockHttpServletResponse response = credentials(PortalFixture.signIn(mvc, username), "000000000000",
                deploy.name(), accept);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("title").asString()).isEqualTo("Access denied");
        assertThat(problem.get("reason").asString()).isEqualTo("NOT_ENTITLED");
        assertThat(problem.get("detail").asString()).contains(deploy.name(), "000000000000");
    }

    @Test
    void aUsernameThatCannotNameAnAwsSessionIsRefusedNotRewritten() throws Exception {
        String odd = fixture.userNamed("ann smith ");
        fixture.assign(odd, accountId, deploy);

        MockHttpServletResponse response = credentials(PortalFixture.signIn(mvc, odd), accountId, deploy.name(),
                "text/html");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("Your username cannot be used with AWS",
                "your username &quot;" + odd + "&quot;", "ask an administrator to rename");
        assertThat(aws.stsRequests("AssumeRole")).isEmpty();
    }

    @Test
    void aRoleThatDoesNotTrustGatehouseGetsAPageNamingTheRoleAndTheTrustPolicy() throws Exception {
        String roleArn = "arn:aws:iam::" + accountId + ":role/GatehouseReserved_" + deploy.name();
        aws.assumeRoleFails(403, "AccessDenied", "User: " + AwsStandIn.GATEHOUSE_ARN
                + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn);

        MockHttpServletResponse response = credentials(PortalFixture.signIn(mvc, username), accountId, deploy.name(),
                "text/html");

        assertThat(response.getStatus()).isEqualTo(502);
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getContentAsString()).contains("AWS refused the role", roleArn,
                "trust policy", "&quot;AWS&quot;: &quot;" + AwsStandIn.GATEHOUSE_ARN + "&quot;",
                "sts:AssumeRole", "sts:SetSourceIdentity", "sts:TagSession");
    }

    @Test
    void throttlingIsRetriedByTheSdkThenTheUserIsToldAwsIsBusy() throws Exception {
        aws.assumeRoleFails(400, "Throttling", "Rate exceeded");

        MockHttpServletResponse response = credentials(PortalFixture.signIn(mvc, username), accountId, deploy.name(),
                "text/html");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("AWS is busy", "Try again");
        assertThat(aws.stsRequests("AssumeRole")).as("the first try and the SDK's retry").hasSize(2);
    }

    @Test
    void otherStsErrorsNameAwsErrorCode() throws Exception {
        aws.assumeRoleFails(400, "ValidationError",
                "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");

        MockHttpServletResponse response = credentials(PortalFixture.signIn(mvc, username), accountId, deploy.name(),
                "text/html");

        assertThat(response.getStatus()).isEqualTo(502);
        assertThat(response.getContentAsString()).contains("AWS refused the request", "ValidationError",
                "exceeds the MaxSessionDuration");
    }

    @Test
    void stsThatDoesNotAnswerGetsAClearPageWithinTheConfiguredTimeout() throws Exception {
        aws.assumeRoleTakes(10_000);
        Cookie session = PortalFixture.signIn(mvc, username);

        long started = System.nanoTime();
        MockHttpServletResponse response = credentials(session, accountId, deploy.name(), "text/html");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.getStatus()).isEqualTo(504);
        assertThat(response.getContentAsString()).contains("AWS did not answer");
        assertThat(took).as("gatehouse.aws.timeout is 4s in tests").isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void issuingPublishesAnEventWithTheAccessKeyIdButNeverTheSecret() throws Exception {
        credentials(PortalFixture.signIn(mvc, username), accountId, deploy.name(), "application/json");

        CredentialsIssued issued = events.stream(CredentialsIssued.class)
                .filter(e -> e.origin().username().equals(username)).findFirst().orElseThrow();
        assertThat(issued.accountId()).isEqualTo(accountId);
        assertThat(issued.permissionSet()).isEqualTo(deploy.name());
        assertThat(issued.accessKeyId()).isEqualTo(ACCESS_KEY_ID);
        assertThat(issued.durationSeconds()).isEqualTo(28_800);
        assertThat(issued.details()).containsEntry("roleArn",
                "arn:aws:iam::" + accountId + ":role/GatehouseReserved_" + deploy.name());
        assertThat(issued.origin().userId()).isEqualTo(fixture.idOf(username));
        assertThat(json.writeValueAsString(issued)).contains(ACCESS_KEY_ID).doesNotContain(SECRET, TOKEN);
        assertThat(committed.of(CredentialsIssued.class)).as("published in a transaction that committed")
                .contains(issued);
    }

    @Test
    void missingFieldsGetA400Page() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/start/credentials").param("account_id", accountId)
                .cookie(PortalFixture.signIn(mvc, username)).with(csrf()).accept("text/html")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(aws.stsRequests("AssumeRole")).isEmpty();
    }

    @Test
    void aMissingFieldIsAProblemForJsonClients() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/start/credentials").param("account_id", accountId)
                .cookie(PortalFixture.signIn(mvc, username)).with(csrf()).accept("application/json"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(response.getContentAsString()).get("detail").asString()).contains("role_name");
    }

    @Test
    void aFieldGivenTwiceGetsA400AndAwsIsNeverAsked() throws Exception {
        Cookie session = PortalFixture.signIn(mvc, username);

        MockHttpServletResponse page = mvc.perform(post("/start/credentials").param("account_id", accountId)
                .param("role_name", deploy.name(), deploy.name()).cookie(session).with(csrf()).accept("text/html"))
                .andReturn().getResponse();
        MockHttpServletResponse problem = mvc.perform(post("/start/credentials?account_id=" + accountId)
                .param("account_id", accountId).param("role_name", deploy.name()).cookie(session).with(csrf())
                .accept("application/json")).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("Link not valid", "gives &quot;role_name&quot; more than once");
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(json.readTree(problem.getContentAsString()).get("reason").asString()).isEqualTo("REPEATED_PARAMETER");
        assertThat(aws.stsRequests("AssumeRole")).isEmpty();
    }

    private MockHttpServletResponse credentials(Cookie session, String account, String roleName, String accept)
            throws Exception {
        return mvc.perform(post("/start/credentials").param("account_id", account).param("role_name", roleName)
                .cookie(session).with(csrf()).accept(accept)).andReturn().getResponse();
    }

    /** The page without what differs between any two renderings: the echoed account id, the masked CSRF token. */
    private static String comparable(String page, String accountId) {
        return page.replace(accountId, "ACCOUNT").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "CSRF");
    }
}
