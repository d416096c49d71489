package dev.gatehouse.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dev.gatehouse.testsupport.AuditRows;
import dev.gatehouse.testsupport.AwsIntegrationTest;
import dev.gatehouse.testsupport.AwsStandIn;
import dev.gatehouse.testsupport.PortalFixture;
import dev.gatehouse.testsupport.PortalFixture.EntitledUser;
import dev.gatehouse.testsupport.PortalFixture.PermissionSet;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The audit trail as an admin meets it after real use: a console sign-in, credentials, a refused request, a failed
 * sign-in and an assignment change, each made through Gatehouse's own pages and API and each recorded once with
 * the fields that matter, and no secret anywhere in the trail.
 */
@AwsIntegrationTest
class AuditOfRealActionsIntegrationTests {

    static final String ACCESS_KEY_ID = "ASIAAUDITEDSESSION01";
    static final String SECRET = "audited/session+secret/K7MDENG+bPxRfiCY==";
    static final String TOKEN = "IQoJb3JpZ2luX2VjEHoa/audited+session+token/ABCDEFGH==";
    static final String SIGNIN_TOKEN = "audited-signin-token-0123456789";

    final AwsStandIn aws = AwsStandIn.get();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JsonMapper json;

    PortalFixture fixture;
    String username;
    String accountId;
    PermissionSet readOnly;

    @BeforeEach
    void entitledUser() {
        aws.reset();
        aws.assumeRoleReturns(ACCESS_KEY_ID, SECRET, TOKEN, Instant.now().plus(1, ChronoUnit.HOURS));
        aws.federationReturns(SIGNIN_TOKEN);
        fixture = new PortalFixture(jdbc, passwordEncoder);
        EntitledUser audited = fixture.entitledUser("audited-", "Audited Production", "AuditedRead", "PT1H");
        username = audited.username();
        accountId = audited.accountId();
        readOnly = audited.permissionSet();
    }

    @Test
    void everyActionOfAUserAndAnAdminIsRecordedOnceWithItsFieldsAndNoSecret() throws Exception {
        Cookie user = PortalFixture.signIn(mvc, username);
        mvc.perform(get("/start/console").param("account_id", accountId).param("role_name", readOnly.name())
                .param("destination", "https://console.aws.amazon.com/s3/home").cookie(user));
        mvc.perform(post("/start/credentials").param("account_id", accountId).param("role_name", readOnly.name())
                .cookie(user).with(csrf()).accept(MediaType.APPLICATION_JSON));
        mvc.perform(post("/start/credentials").param("account_id", "000000000000").param("role_name", readOnly.name())
                .cookie(user).with(csrf()).accept(MediaType.APPLICATION_JSON));
        mvc.perform(post("/signin").param("username", username).param("password", "not the password").with(csrf()));

        Cookie admin = adminSession();
        String created = mvc.perform(post("/api/admin/assignments").cookie(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("accountId", accountId,
                        "permissionSetId", readOnly.id(), "principalType", "USER", "principalId",
                        fixture.idOf(fixture.userNamed("assigned-"))))))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(delete("/api/admin/assignments/" + json.readTree(created).get("id").asString()).cookie(admin)
                .with(csrf()));
        new AuditRows(jdbc).awaitRecorded();

        assertThat(rows("ConsoleSignIn", username)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("OUTCOME", "SUCCESS").containsEntry("ACCOUNT_ID", accountId)
                    .containsEntry("PERMISSION_SET", readOnly.name());
            assertThat(row.get("DETAILS").toString()).contains("https://console.aws.amazon.com/s3/home", ACCESS_KEY_ID);
        });
        assertThat(rows("CredentialsIssued", username)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("OUTCOME", "SUCCESS").containsEntry("ACCOUNT_ID", accountId);
            assertThat(row.get("DETAILS").toString()).contains(ACCESS_KEY_ID,
                    "arn:aws:iam::" + accountId + ":role/GatehouseReserved_" + readOnly.name());
        });
        assertThat(rows("AccessDenied", username)).singleElement().satisfies(row ->
                assertThat(row).containsEntry("OUTCOME", "DENIED").containsEntry("ACCOUNT_ID", "000000000000"));
        assertThat(rows("SignInFailed", username)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("OUTCOME", "FAILURE"));
        assertThat(rows("AdminChange", "admin")).filteredOn("ACCOUNT_ID", accountId)
                .extracting(row -> json.readTree(row.get("DETAILS").toString()))
                .allSatisfy(details -> assertThat(details.get("type").asString()).isEqualTo("assignment"))
                .extracting(details -> details.get("operation").asString())
                .containsExactly("create", "delete");

        String list = mvc.perform(get("/admin/audit").param("user", username).cookie(admin))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).as("the list says what each event was about").contains("https://console.aws.amazon.com/s3/home",
                ACCESS_KEY_ID, "password · bad-credentials");

        String trail = String.join("\n", jdbc.queryForList("select details from audit_events", String.class));
        assertThat(trail).doesNotContain(SECRET, TOKEN, SIGNIN_TOKEN, "not the password");
    }

    private Cookie adminSession() throws Exception {
        Cookie session = mvc.perform(post("/signin").param("username", "admin").param("password", "bootstrap-admin-password")
                .with(csrf())).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    private List<Map<String, Object>> rows(String action, String actor) {
        return jdbc.queryForList("select * from audit_events where action = ? and actor_username = ? order by id",
                action, actor);
    }
}
