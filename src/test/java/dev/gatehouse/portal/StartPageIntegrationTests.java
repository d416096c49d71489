package dev.gatehouse.portal;

import java.util.UUID;

import dev.gatehouse.testsupport.StatementCounter;
import dev.gatehouse.testsupport.TestAccess;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
@Import(StartPageIntegrationTests.CountStatements.class)
class StartPageIntegrationTests {

    @TestConfiguration
    static class CountStatements {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    StatementCounter statements;

    TestAccess data;
    String username;
    UUID user;

    @BeforeEach
    void newUser() {
        data = new TestAccess(jdbc);
        username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        user = new TestUsers(jdbc, passwordEncoder).create(username, "user-password-1", true);
    }

    @Test
    void aUserWithoutAssignmentsIsToldWhoCanGrantAccess() throws Exception {
        assertThat(startPage(signIn(), "")).contains("You have no AWS access yet", "An administrator must assign");
    }

    @Test
    void listsEachAccountOnceByNameWithItsPermissionSetsFromUserAndGroupAssignments() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        data.account("410000000001", "Zeta " + suffix, "aws");
        data.account("410000000002", "Alpha " + suffix, "aws");
        UUID readOnly = data.permissionSet("ReadOnly" + suffix, "PT1H", null);
        UUID admin = data.permissionSet("Admin" + suffix, "PT1H", null);
        UUID team = data.group("Team " + suffix);
        data.member(team, user);
        data.assignToUser(user, "410000000001", readOnly);
        data.assignToGroup(team, "410000000001", readOnly);
        data.assignToGroup(team, "410000000002", admin);

        String page = startPage(signIn(), "");

        assertThat(page).contains("AWS accounts (2)", "alpha-" + suffix + "@example.com", "410000000002");
        assertThat(page.indexOf("Alpha " + suffix)).isLessThan(page.indexOf("Zeta " + suffix));
        assertThat(page.split("ReadOnly" + suffix + "</span>")).hasSize(2);
        assertThat(page).contains("/start/console?account_id=410000000002&amp;role_name=Admin" + suffix);
    }

    @Test
    void searchFiltersByPartOfTheNameOrIdWithoutJavaScript() throws Exception {
        data.account("420000000001", "Payments Production", "aws");
        data.account("420000000002", "Search Sandbox", "aws");
        UUID readOnly = data.permissionSet("Reader" + UUID.randomUUID().toString().substring(0, 4), "PT1H", null);
        data.assignToUser(user, "420000000001", readOnly);
        data.assignToUser(user, "420000000002", readOnly);
        Cookie session = signIn();

        assertThat(startPage(session, "paym")).contains("Payments Production").doesNotContain("Search Sandbox");
        assertThat(startPage(session, "0002")).contains("Search Sandbox").doesNotContain("Payments Production");
        assertThat(startPage(session, "nothing-like-it")).contains("No account matches");
        assertThat(startPage(session, "4200-0000-0002")).contains("Search Sandbox").doesNotContain("Payments Production");
        assertThat(startPage(session, " - ")).contains("No account matches");
    }

    @Test
    void aThousandAccountsAreRenderedWithoutAQueryPerAccount() throws Exception {
        UUID team = data.group("Big team " + username);
        data.member(team, user);
        UUID[] permissionSets = {
                data.permissionSet("Read" + username.substring(5), "PT1H", null),
                data.permissionSet("Write" + username.substring(5), "PT1H", null),
                data.permissionSet("Admin" + username.substring(5), "PT1H", null) };
        data.account("430000000000", "Account 0000", "aws");
        for (UUID permissionSet : permissionSets) {
            data.assignToGroup(team, "430000000000", permissionSet);
        }
        Cookie session = signIn();
        startPage(session, "");
        statements.reset();
        startPage(session, "");
        int forOneAccount = statements.count();

        for (int i = 1; i < 1000; i++) {
            String accountId = String.format("43%010d", i);
            data.account(accountId, String.format("Account %04d", i), "aws");
            for (UUID permissionSet : permissionSets) {
                data.assignToGroup(team, accountId, permissionSet);
            }
        }
        statements.reset();
        String page = startPage(session, "");

        assertThat(page).contains("AWS accounts (1,000)", "Account 0999");
        assertThat(statements.count()).isEqualTo(forOneAccount).isLessThanOrEqualTo(5);
    }

    private Cookie signIn() throws Exception {
        Cookie session = mvc.perform(post("/signin").param("username", username).param("password", "user-password-1")
                .with(csrf())).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    private String startPage(Cookie session, String q) throws Exception {
        var response = mvc.perform(get("/start").param("q", q).cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
