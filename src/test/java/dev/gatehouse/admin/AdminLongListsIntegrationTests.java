package dev.gatehouse.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gatehouse.testsupport.TestAccess;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/**
 * The admin pages with more people than fit on one page: a group's members are paged and filtered, and an
 * account's "Assign users or groups" offers what a search finds instead of every user and group.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminLongListsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    TestAccess access;
    Cookie session;
    String suffix;

    @BeforeEach
    void signIn() throws Exception {
        session = mvc.perform(post("/signin").param("username", "admin").param("password", "bootstrap-admin-password")
                .with(csrf())).andExpect(redirectedUrl("/start")).andReturn().getResponse().getCookie("SESSION");
        suffix = UUID.randomUUID().toString().substring(0, 6);
        access = new TestAccess(jdbc);
    }

    @Test
    void aGroupsMembersArePagedAndFiltered() throws Exception {
        UUID group = access.group("Big " + suffix);
        for (int i = 0; i < PageResponse.LONG_LIST_SIZE + 5; i++) {
            access.member(group, access.user(String.format("m%s-%02d", suffix, i), true));
        }

        String first = page("/admin/groups/" + group);
        assertThat(first).contains("55 member(s)", "Page 1 of 2 (55 in all)", "m" + suffix + "-49")
                .doesNotContain("m" + suffix + "-50");
        String second = page(link(first, "Next"));
        assertThat(second).contains("Page 2 of 2 (55 in all)", "m" + suffix + "-54").doesNotContain("m" + suffix + "-00");

        String filtered = page("/admin/groups/" + group + "?q=m" + suffix + "-5");
        assertThat(filtered).contains("m" + suffix + "-50", "m" + suffix + "-54")
                .doesNotContain("m" + suffix + "-05", "m" + suffix + "-49", "Page 1 of");
        assertThat(page("/admin/groups/" + group + "?q=nobody-" + suffix)).contains("No member matches.");
        assertThat(page("/admin/groups/" + access.group("Empty " + suffix))).contains("No members yet.")
                .doesNotContain("No member matches.");
    }

    @Test
    void assigningOffersWhatASearchFindsAndKeepsWhatIsTickedAcrossSearches() throws Exception {
        String accountId = String.format("%012d", Math.floorMod(suffix.hashCode(), 1_000_000_000_000L));
        access.account(accountId, "Many " + suffix, "aws");
        UUID admin = access.permissionSet("Adm" + suffix, "PT1H", null);
        UUID readOnly = access.permissionSet("Ro" + suffix, "PT1H", null);
        List<UUID> crowd = new ArrayList<>();
        for (int i = 0; i < PageResponse.LONG_LIST_SIZE + 10; i++) {
            crowd.add(access.user(String.format("zz%s-%02d", suffix, i), true));
        }
        UUID ops = access.group("Ops " + suffix);

        assertThat(page("/admin/accounts/" + accountId)).doesNotContain("zz" + suffix + "-59");
        String found = page("/admin/accounts/" + accountId + "?find=zz" + suffix);
        assertThat(found).contains("Showing the first 50 of 60 matches", "zz" + suffix + "-49")
                .doesNotContain("zz" + suffix + "-50");

        String searchedAgain = send(post("/admin/accounts/" + accountId + "/assign").param("search", "true")
                .param("find", "Ops " + suffix).param("userId", crowd.get(59).toString())
                .param("permissionSetId", readOnly.toString())).getContentAsString();
        assertThat(checked(searchedAgain, "userId")).containsExactly(crowd.get(59).toString());
        assertThat(checked(searchedAgain, "permissionSetId")).containsExactly(readOnly.toString());
        assertThat(searchedAgain).contains("Ops " + suffix).doesNotContain("zz" + suffix + "-00");
        assertThat(jdbc.queryForObject("select count(*) from assignments where account_id = ?", Integer.class, accountId))
                .isZero();

        MockHttpServletResponse assigned = send(post("/admin/accounts/" + accountId + "/assign")
                .param("userId", crowd.get(59).toString(), crowd.get(0).toString()).param("groupId", ops.toString())
                .param("permissionSetId", readOnly.toString(), admin.toString()));
        assertThat(assigned.getRedirectedUrl()).isEqualTo("/admin/accounts/" + accountId + "#assignments");
        assertThat(jdbc.queryForObject("select count(*) from assignments where account_id = ?", Integer.class, accountId))
                .isEqualTo(6);
    }

    @Test
    void assigningSomeoneAnotherAdminJustDeletedSaysSoAndAssignsNothing() throws Exception {
        String accountId = String.format("%012d", Math.floorMod(suffix.hashCode() * 7L, 1_000_000_000_000L));
        access.account(accountId, "Gone " + suffix, "aws");
        UUID permissionSet = access.permissionSet("Gone" + suffix, "PT1H", null);
        UUID stays = access.user("stays-" + suffix, true);

        MockHttpServletResponse refused = send(post("/admin/accounts/" + accountId + "/assign")
                .param("userId", stays.toString(), UUID.randomUUID().toString())
                .param("permissionSetId", permissionSet.toString()));

        assertThat(refused.getRedirectedUrl()).isEqualTo("/admin/accounts/" + accountId + "#assign");
        assertThat(page("/admin/accounts/" + accountId)).contains("Nothing was assigned");
        assertThat(jdbc.queryForObject("select count(*) from assignments where account_id = ?", Integer.class, accountId))
                .isZero();
    }

    /** The values of the ticked checkboxes called {@code name}. */
    private static List<String> checked(String page, String name) {
        Matcher box = Pattern.compile("<input type=\"checkbox\" name=\"" + name + "\" value=\"([^\"]*)\"([^>]*)>")
                .matcher(page);
        List<String> values = new ArrayList<>();
        while (box.find()) {
            if (box.group(2).contains("checked")) {
                values.add(box.group(1));
            }
        }
        return values;
    }

    private static String link(String page, String text) {
        Matcher link = Pattern.compile("<a href=\"([^\"]*)\"[^>]*>" + Pattern.quote(text) + "</a>").matcher(page);
        assertThat(link.find()).as("a link " + text).isTrue();
        return HtmlUtils.htmlUnescape(link.group(1));
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(session).with(csrf())).andReturn().getResponse();
    }
}
