package dev.gatehouse.admin;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gatehouse.testsupport.TestAccess;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The admin pages over the real application and database, as an admin clicks through them. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Cookie session;
    String suffix;

    @BeforeEach
    void signIn() throws Exception {
        session = mvc.perform(post("/signin").param("username", "admin").param("password", "bootstrap-admin-password")
                .with(csrf())).andExpect(redirectedUrl("/start")).andReturn().getResponse().getCookie("SESSION");
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void setsUpTheSeedScenario() throws Exception {
        MockHttpServletResponse created = send(post("/admin/users/new").param("username", "alice-" + suffix)
                .param("displayName", "Alice").param("email", "alice@example.com").param("active", "true")
                .param("passwordMode", "generate"));
        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getHeader("Cache-Control")).contains("no-store");
        assertThat(created.getContentAsString()).contains("The password of alice-" + suffix + " is:");
        UUID userId = id("select id from directory_users where username = ?", "alice-" + suffix);
        MockHttpServletResponse reset = send(post("/admin/users/" + userId + "/password").param("generate", "true"));
        assertThat(reset.getHeader("Cache-Control")).contains("no-store");
        assertThat(reset.getContentAsString()).contains("The password of alice-" + suffix + " is:");

        String accountId = accountId();
        assertThat(send(post("/admin/accounts/new").param("accountId", accountId).param("name", "Sandbox " + suffix)
                .param("email", "sandbox@example.com").param("partition", "aws")).getRedirectedUrl())
                .isEqualTo("/admin/accounts/" + accountId);

        String preset = page("/admin/permission-sets/new?preset=AdministratorAccess");
        assertThat(preset).contains("arn:aws:iam::aws:policy/AdministratorAccess", "value=\"PT1H\"");
        String name = "Admin" + suffix;
        assertThat(send(post("/admin/permission-sets/new").param("name", name).param("sessionDuration", "PT1H")
                .param("managedPolicyArns", "arn:aws:iam::aws:policy/AdministratorAccess")).getRedirectedUrl())
                .startsWith("/admin/permission-sets/");
        UUID permissionSetId = id("select id from permission_sets where name = ?", name);

        assertThat(send(post("/admin/accounts/" + accountId + "/assign").param("userId", userId.toString())
                .param("permissionSetId", permissionSetId.toString())).getRedirectedUrl())
                .isEqualTo("/admin/accounts/" + accountId + "#assignments");

        assertThat(page("/admin/users/" + userId)).contains("Effective access", "Sandbox " + suffix, name,
                "Direct assignment");
        assertThat(page("/admin/accounts/" + accountId)).contains("User alice-" + suffix, name);
        assertThat(page("/admin/assignments?accountId=" + accountId)).contains("alice-" + suffix);
        assertThat(page("/admin")).contains("Administration");
    }

    @Test
    void aDuplicateUsernameIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        send(post("/admin/users/new").param("username", "Bob-" + suffix).param("displayName", "Bob")
                .param("active", "true").param("passwordMode", "none"));

        MockHttpServletResponse again = send(post("/admin/users/new").param("username", "bob-" + suffix)
                .param("displayName", "Other Bob").param("active", "true").param("passwordMode", "none"));

        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).contains("The username bob-" + suffix + " is taken", "Other Bob");
        assertThat(jdbc.queryForObject("select count(*) from directory_users where username_key = ?", Integer.class,
                "bob-" + suffix)).isEqualTo(1);
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedWithAClearMessage() throws Exception {
        String accountId = accountId();
        send(post("/admin/accounts/new").param("accountId", accountId).param("name", "Shared " + suffix)
                .param("email", "shared@example.com").param("partition", "aws"));
        assertThat(page("/admin/accounts/" + accountId)).contains("name=\"version\" value=\"0\"");

        assertThat(send(post("/admin/accounts/" + accountId).param("name", "First edit").param("email",
                "shared@example.com").param("partition", "aws").param("version", "0")).getRedirectedUrl())
                .isEqualTo("/admin/accounts/" + accountId);
        MockHttpServletResponse second = send(post("/admin/accounts/" + accountId).param("name", "Second edit")
                .param("email", "shared@example.com").param("partition", "aws").param("version", "0"));

        assertThat(second.getContentAsString()).contains("Someone else changed this record", "Second edit");
        assertThat(jdbc.queryForObject("select name from aws_accounts where account_id = ?", String.class, accountId))
                .isEqualTo("First edit");
    }

    @Test
    void anEditSentWithoutItsVersionSavesNothingAndSaysWhy() throws Exception {
        String accountId = accountId();
        send(post("/admin/accounts/new").param("accountId", accountId).param("name", "Kept " + suffix)
                .param("email", "kept@example.com").param("partition", "aws"));
        send(post("/admin/users/new").param("username", "vera-" + suffix).param("displayName", "Vera")
                .param("active", "true").param("passwordMode", "none"));
        UUID userId = id("select id from directory_users where username = ?", "vera-" + suffix);
        send(post("/admin/permission-sets/new").param("name", "Kept" + suffix).param("sessionDuration", "PT1H"));
        UUID permissionSetId = id("select id from permission_sets where name = ?", "Kept" + suffix);

        MockHttpServletResponse account = send(post("/admin/accounts/" + accountId).param("name", "Changed")
                .param("email", "kept@example.com").param("partition", "aws"));
        MockHttpServletResponse user = send(post("/admin/users/" + userId).param("username", "vera-" + suffix)
                .param("displayName", "Changed").param("active", "true").param("version", "not-a-number"));
        MockHttpServletResponse permissionSet = send(post("/admin/permission-sets/" + permissionSetId)
                .param("name", "Kept" + suffix).param("sessionDuration", "PT8H"));
        MockHttpServletResponse accountAgain = send(post("/admin/accounts/" + accountId).param("name", "Changed")
                .param("email", "kept@example.com").param("partition", "aws").param("version", "x"));
        send(post("/admin/groups/new").param("name", "Kept " + suffix));
        UUID groupId = id("select id from directory_groups where name = ?", "Kept " + suffix);
        MockHttpServletResponse group = send(post("/admin/groups/" + groupId).param("name", "Changed " + suffix)
                .param("version", "x"));

        for (MockHttpServletResponse page : new MockHttpServletResponse[] { account, user, permissionSet, accountAgain,
                group }) {
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(page.getContentAsString()).contains("This form was sent without the version of the record")
                    .doesNotContain("Someone else changed this record");
        }
        assertThat(jdbc.queryForObject("select name from aws_accounts where account_id = ?", String.class, accountId))
                .isEqualTo("Kept " + suffix);
        assertThat(jdbc.queryForObject("select display_name from directory_users where id = ?", String.class, userId))
                .isEqualTo("Vera");
        assertThat(jdbc.queryForObject("select session_duration from permission_sets where id = ?", String.class,
                permissionSetId)).isEqualTo("PT1H");
        assertThat(jdbc.queryForObject("select name from directory_groups where id = ?", String.class, groupId))
                .isEqualTo("Kept " + suffix);
    }

    @Test
    void deletingAnAccountWithAssignmentsAsksFirstAndSaysHowManyGo() throws Exception {
        String accountId = accountId();
        send(post("/admin/accounts/new").param("accountId", accountId).param("name", "Doomed " + suffix)
                .param("email", "doomed@example.com").param("partition", "aws"));
        send(post("/admin/permission-sets/new").param("name", "Read" + suffix)
                .param("managedPolicyArns", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        UUID permissionSetId = id("select id from permission_sets where name = ?", "Read" + suffix);
        send(post("/admin/groups/new").param("name", "Team " + suffix));
        UUID group = id("select id from directory_groups where name = ?", "Team " + suffix);
        send(post("/admin/accounts/" + accountId + "/assign").param("groupId", group.toString())
                .param("permissionSetId", permissionSetId.toString()));

        assertThat(send(post("/admin/accounts/" + accountId + "/delete")).getRedirectedUrl())
                .isEqualTo("/admin/accounts/" + accountId + "/delete");
        assertThat(page("/admin/accounts/" + accountId + "/delete")).contains("with its 1 assignment(s)");
        assertThat(page("/admin/groups/" + group + "/delete")).contains("with its 0 membership(s) and 1 assignment(s)");

        assertThat(send(post("/admin/accounts/" + accountId + "/delete").param("confirm", "true")).getRedirectedUrl())
                .isEqualTo("/admin/accounts");
        assertThat(jdbc.queryForObject("select count(*) from assignments where account_id = ?", Integer.class,
                accountId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from aws_accounts where account_id = ?", Integer.class,
                accountId)).isZero();
    }

    @Test
    void groupsTakeManyMembersAtOnceAndLoseThem() throws Exception {
        send(post("/admin/groups/new").param("name", "Crew " + suffix).param("description", "many at once"));
        UUID group = id("select id from directory_groups where name = ?", "Crew " + suffix);
        for (String name : new String[] { "ann", "ben", "cid" }) {
            send(post("/admin/users/new").param("username", name + "-" + suffix).param("displayName", name)
                    .param("active", "true").param("passwordMode", "none"));
        }
        String candidates = page("/admin/groups/" + group + "?find=" + suffix);
        assertThat(candidates).contains("ann-" + suffix, "ben-" + suffix, "cid-" + suffix);

        MockHttpServletRequestBuilder add = post("/admin/groups/" + group + "/members");
        for (String name : new String[] { "ann", "ben", "cid" }) {
            add.param("userId", id("select id from directory_users where username = ?", name + "-" + suffix).toString());
        }
        send(add);
        assertThat(page("/admin/groups/" + group)).contains("3 member(s)");

        send(post("/admin/groups/" + group + "/members/remove")
                .param("userId", id("select id from directory_users where username = ?", "ann-" + suffix).toString())
                .param("userId", id("select id from directory_users where username = ?", "ben-" + suffix).toString()));
        assertThat(page("/admin/groups/" + group)).contains("1 member(s)", "cid-" + suffix);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/admin/users", "/admin/groups", "/admin/accounts", "/admin/permission-sets",
            "/admin/assignments", "/admin/groups/{admins}" })
    void aPageFarBeyondTheLastIsShownEmptyRatherThanAsAServerError(String list) throws Exception {
        UUID admins = id("select id from directory_groups where name_key = ?", "gatehouseadmins");
        String path = list.replace("{admins}", admins.toString());

        for (String number : new String[] { "200000000", String.valueOf(Integer.MAX_VALUE) }) {
            assertThat(page(path + "?page=" + number)).contains("<h1");
        }
    }

    @Test
    void thePagerKeepsTheSearchAndTheFiltersOfItsList() throws Exception {
        TestAccess access = new TestAccess(jdbc);
        String accountId = accountId();
        access.account(accountId, "Paged " + suffix, "aws");
        UUID permissionSet = access.permissionSet("Paged" + suffix, "PT1H", null);
        for (int i = 0; i < PageResponse.LONG_LIST_SIZE + 1; i++) {
            access.assignToUser(access.user("pg" + suffix + "-" + i, true), accountId, permissionSet);
        }

        String users = page("/admin/users?q=pg" + suffix);
        assertThat(users).contains("Page 1 of 3 (51 in all)");
        String next = link(users, "Next");
        assertThat(next).startsWith("/admin/users?").contains("q=pg" + suffix, "page=1");
        assertThat(page(next)).contains("Page 2 of 3 (51 in all)");

        String assignments = page("/admin/assignments?accountId=" + accountId);
        assertThat(assignments).contains("Page 1 of 2 (51 in all)");
        next = link(assignments, "Next");
        assertThat(next).startsWith("/admin/assignments?").contains("accountId=" + accountId, "page=1");
        assertThat(page(next)).contains("Page 2 of 2 (51 in all)", "pg" + suffix);
    }

    /** The address of the link with this text, as a browser would follow it. */
    private static String link(String page, String text) {
        Matcher link = Pattern.compile("<a href=\"([^\"]*)\"[^>]*>" + Pattern.quote(text) + "</a>").matcher(page);
        assertThat(link.find()).as("a link " + text).isTrue();
        return HtmlUtils.htmlUnescape(link.group(1));
    }

    @Test
    void anAdminCreatesATokenSeesItOnceAndRevokesIt() throws Exception {
        MockHttpServletResponse created = send(post("/admin/profile/tokens").param("name", "ci-" + suffix)
                .param("lifetimeDays", "30"));
        assertThat(created.getHeader("Cache-Control")).contains("no-store");
        String body = created.getContentAsString();
        String token = body.substring(body.indexOf("gh_"), body.indexOf("<", body.indexOf("gh_")));

        mvc.perform(get("/api/admin/users").header("Authorization", "Bearer " + token))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        assertThat(page("/admin/profile")).contains("ci-" + suffix).doesNotContain(token);

        UUID tokenId = id("select id from api_tokens where name = ?", "ci-" + suffix);
        send(post("/admin/profile/tokens/" + tokenId + "/revoke"));
        mvc.perform(get("/api/admin/users").header("Authorization", "Bearer " + token))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isUnauthorized());
    }

    @Test
    void aPasswordOverBcryptsLimitIsShownOnTheUsersPageNotAServerError() throws Exception {
        send(post("/admin/users/new").param("username", "pw-" + suffix).param("displayName", "P")
                .param("active", "true").param("passwordMode", "none"));
        UUID userId = id("select id from directory_users where username = ?", "pw-" + suffix);

        MockHttpServletResponse set = send(post("/admin/users/" + userId + "/password").param("password",
                "é".repeat(37)));

        assertThat(set.getRedirectedUrl()).isEqualTo("/admin/users/" + userId + "#password");
        assertThat(HtmlUtils.htmlUnescape(page("/admin/users/" + userId))).contains("at most 72 bytes in UTF-8");
        assertThat(jdbc.queryForObject("select password_hash from directory_users where id = ?", String.class,
                userId)).isNull();
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(session).with(csrf())).andReturn().getResponse();
    }

    private UUID id(String sql, Object arg) {
        return jdbc.queryForObject(sql, UUID.class, arg);
    }

    private String accountId() {
        return String.format("%012d", Math.floorMod(suffix.hashCode(), 1_000_000_000_000L));
    }
}
