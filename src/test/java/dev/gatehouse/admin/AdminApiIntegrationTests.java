package dev.gatehouse.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.gatehouse.directory.ApiTokenManagement;
import dev.gatehouse.directory.NewApiToken;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin REST API over the real application: tokens, sessions with CSRF, and the seed scenario. */
@SpringBootTest(properties = "gatehouse.directory.bootstrap-admin.api-token=" + AdminApiIntegrationTests.BOOTSTRAP_TOKEN)
@AutoConfigureMockMvc
@Import(AdminApiIntegrationTests.TestClock.class)
class AdminApiIntegrationTests {

    static final String BOOTSTRAP_TOKEN = "bootstrap-api-token-0123456789abcdefghijkl";

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
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    MutableClock clock;

    final JsonMapper json = JsonMapper.builder().build();
    String suffix;

    @BeforeEach
    void freshNames() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void setsUpTheSeedScenarioWithTheBootstrapToken() throws Exception {
        String userId = created(mvc.perform(admin(post("/api/admin/users")).content("""
                {"username": "alice-%s", "displayName": "Alice", "email": "alice@example.com", "password": "alice-password-1"}
                """.formatted(suffix)))).path("id").stringValue();
        String accountId = String.format("%012d", Math.floorMod(suffix.hashCode(), 1_000_000_000_000L));
        created(mvc.perform(admin(post("/api/admin/accounts")).content("""
                {"accountId": "%s", "name": "Sandbox", "email": "aws-sandbox@example.com", "partition": "aws"}
                """.formatted(accountId))));
        String permissionSetId = created(mvc.perform(admin(post("/api/admin/permission-sets")).content("""
                {"name": "Admin%s", "sessionDuration": "PT4H", "managedPolicyArns": ["arn:aws:iam::aws:policy/AdministratorAccess"]}
                """.formatted(suffix)))).path("id").stringValue();
        created(mvc.perform(admin(post("/api/admin/assignments")).content("""
                {"accountId": "%s", "permissionSetId": "%s", "principalType": "USER", "principalId": "%s"}
                """.formatted(accountId, permissionSetId, userId))));

        mvc.perform(admin(get("/api/admin/users/" + userId + "/entitlements")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].accountId").value(accountId))
                .andExpect(jsonPath("$[0].accountName").value("Sandbox"))
                .andExpect(jsonPath("$[0].permissionSetId").value(permissionSetId))
                .andExpect(jsonPath("$[0].permissionSetName").value("Admin" + suffix))
                .andExpect(jsonPath("$[0].via").value("USER"));
    }

    @Test
    void refusesCallsWithoutAValidAdminTokenAsProblemDetails() throws Exception {
        mvc.perform(get("/api/admin/users"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/admin/users").header("Authorization", "Bearer gh_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("unknown, expired or revoked")));

        UUID developer = new TestUsers(jdbc, passwordEncoder).create("dev-" + suffix, "developer-password", true);
        NewApiToken token = tokens.create(developer, "not an admin", null);
        mvc.perform(get("/api/admin/users").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Only Gatehouse admins")));
    }

    @Test
    void tokensAreStoredHashedNoteTheirLastUseAndStopWorkingWhenRevokedOrExpired() throws Exception {
        UUID adminId = jdbc.queryForObject("select id from directory_users where username_key = 'admin'", UUID.class);
        NewApiToken token = tokens.create(adminId, "ci " + suffix, Duration.ofDays(30));

        assertThat(jdbc.queryForObject("select count(*) from api_tokens where token_hash = ?", Integer.class,
                token.token())).isZero();
        assertThat(jdbc.queryForObject("select token_hash from api_tokens where id = ?", String.class, token.id()))
                .hasSize(64).doesNotContain(token.token());

        mvc.perform(get("/api/admin/users").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select last_used_at from api_tokens where id = ?", java.sql.Timestamp.class,
                token.id()).toInstant()).isEqualTo(clock.instant());

        clock.advance(Duration.ofDays(30));
        mvc.perform(get("/api/admin/users").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized());
        clock.advance(Duration.ofDays(-30));

        tokens.revoke(adminId, token.id());
        mvc.perform(get("/api/admin/users").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aBrowserSessionOfAnAdminWorksButNeedsTheCsrfToken() throws Exception {
        Cookie session = mvc.perform(post("/signin").param("username", "admin")
                .param("password", "bootstrap-admin-password").with(csrf()))
                .andExpect(redirectedUrl("/start")).andReturn().getResponse().getCookie("SESSION");
        String body = """
                {"name": "Team %s", "description": "from the browser"}""".formatted(suffix);

        mvc.perform(get("/api/admin/groups").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/api/admin/groups").cookie(session).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("CSRF")));
        mvc.perform(post("/api/admin/groups").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated());
    }

    @Test
    void theOpenApiDocumentIsForAdminsAndDescribesTheAdminApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs.yaml")).andExpect(status().isUnauthorized());
        mvc.perform(admin(get("/v3/api-docs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/admin/users']").exists())
                .andExpect(jsonPath("$.paths['/api/admin/users/{id}/entitlements']").exists())
                .andExpect(jsonPath("$.paths['/api/admin/assignments']").exists());
    }

    private MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + BOOTSTRAP_TOKEN).contentType(MediaType.APPLICATION_JSON);
    }

    private JsonNode created(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        assertThat(result.andReturn().getResponse().getStatus()).as(body).isEqualTo(201);
        return json.readTree(body);
    }
}
