package dev.gatehouse.admin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.audit.AuditTestEvent;
import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.Outcome;
import dev.gatehouse.testsupport.AuditRows;
import dev.gatehouse.testsupport.CommittingPublisher;
import dev.gatehouse.testsupport.TestUsers;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What an admin does with the audit log: filter, page, open one event, verify, download; and who may not. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditAdminIntegrationTests {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

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

    @Autowired
    JsonMapper json;

    String user;
    List<AuditTestEvent> seeded;
    Cookie admin;

    @BeforeEach
    void seed() throws Exception {
        user = "Zed-" + UUID.randomUUID().toString().substring(0, 8);
        seeded = new ArrayList<>();
        seeded.add(publish(AuditTestEvent.of(T0, AuditAction.SIGN_IN, user, Map.of("method", "password"))));
        seeded.add(publish(AuditTestEvent.of(T0.plusSeconds(60), AuditAction.CREDENTIALS_ISSUED, user,
                Map.of("accessKeyId", "ASIAEXAMPLE000000001", "roleArn", "arn:aws:iam::111122223333:role/R"))
                .in("111122223333", "ReadOnly")));
        seeded.add(publish(AuditTestEvent.of(T0.plusSeconds(120), AuditAction.CONSOLE_SIGN_IN, user,
                Map.of("destination", "https://console.aws.amazon.com/")).in("444455556666", "Admin")));
        seeded.add(publish(AuditTestEvent.of(T0.plusSeconds(180), AuditAction.ACCESS_DENIED, user, Map.of())
                .in("777788889999", "Admin").withOutcome(Outcome.DENIED)));
        seeded.add(publish(AuditTestEvent.of(T0.plusSeconds(240), AuditAction.SIGN_OUT, user, Map.of())));
        new AuditRows(jdbc).awaitRecorded();
        admin = signIn("admin", "bootstrap-admin-password");
    }

    @Test
    void theApiListsTheUsersEventsNewestFirstInTheDocumentedShape() throws Exception {
        JsonNode page = getJson("/api/admin/audit-events?user=" + user.toUpperCase());

        JsonNode events = page.get("events");
        assertThat(events).extracting(event -> event.get("action").stringValue())
                .containsExactly("SignOut", "AccessDenied", "ConsoleSignIn", "CredentialsIssued", "SignIn");
        assertThat(page.get("next").isNull()).isTrue();
        JsonNode credentials = events.get(3);
        assertThat(credentials.propertyNames()).containsExactly("id", "time", "action", "outcome", "actor",
                "clientAddress", "userAgent", "requestId", "accountId", "permissionSet", "details");
        assertThat(credentials.get("time").stringValue()).isEqualTo("2026-03-01T10:01:00Z");
        assertThat(credentials.get("outcome").stringValue()).isEqualTo("SUCCESS");
        assertThat(credentials.get("actor").get("username").stringValue()).isEqualTo(user);
        assertThat(credentials.get("actor").get("userId").stringValue())
                .isEqualTo(seeded.get(1).origin().userId().toString());
        assertThat(credentials.get("clientAddress").stringValue()).isEqualTo("192.0.2.10");
        assertThat(credentials.get("requestId").stringValue()).isEqualTo(seeded.get(1).requestId());
        assertThat(credentials.get("accountId").stringValue()).isEqualTo("111122223333");
        assertThat(credentials.get("permissionSet").stringValue()).isEqualTo("ReadOnly");
        assertThat(credentials.get("details").get("accessKeyId").stringValue()).isEqualTo("ASIAEXAMPLE000000001");
    }

    @Test
    void eachFilterNarrowsTheListAndTheyCombine() throws Exception {
        String base = "/api/admin/audit-events?user=" + user;
        assertThat(actions(base + "&accountId=111122223333")).containsExactly("CredentialsIssued");
        assertThat(actions(base + "&permissionSet=admin")).containsExactly("AccessDenied", "ConsoleSignIn");
        assertThat(actions(base + "&action=consolesignin")).containsExactly("ConsoleSignIn");
        assertThat(actions(base + "&outcome=denied")).containsExactly("AccessDenied");
        assertThat(actions(base + "&from=2026-03-01T10:01:00Z&to=2026-03-01T10:03:00Z"))
                .containsExactly("ConsoleSignIn", "CredentialsIssued");
        assertThat(actions(base, "from", "2026-03-01T11:01:00+01:00")).containsExactly("SignOut", "AccessDenied",
                "ConsoleSignIn", "CredentialsIssued");
        assertThat(actions(base + "&to=2026-02-28")).isEmpty();
        assertThat(actions(base + "&to=2026-03-01")).hasSize(5);
    }

    @Test
    void pagesFollowTheNextCursorWithoutRepeatingOrSkipping() throws Exception {
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = getJson("/api/admin/audit-events?limit=2&user=" + user + (next == null ? "" : "&after=" + next));
            page.get("events").forEach(event -> seen.add(event.get("action").stringValue()));
            next = page.get("next").isNull() ? null : page.get("next").stringValue();
            pages++;
        }
        while (next != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("SignOut", "AccessDenied", "ConsoleSignIn", "CredentialsIssued", "SignIn");
    }

    @Test
    void newerCursorsPageBackFromTheLastPageToTheNewestWithTheFiltersKept() throws Exception {
        String base = "/api/admin/audit-events?limit=2&user=" + user;
        JsonNode first = getJson(base);
        JsonNode second = getJson(base + "&after=" + first.get("next").stringValue());
        JsonNode last = getJson(base + "&after=" + second.get("next").stringValue());
        assertThat(first.get("newer").isNull()).isTrue();
        assertThat(actionsOf(last)).containsExactly("SignIn");

        JsonNode backOne = getJson(base + "&before=" + last.get("newer").stringValue());
        JsonNode backTwo = getJson(base + "&before=" + backOne.get("newer").stringValue());

        assertThat(actionsOf(backOne)).isEqualTo(actionsOf(second)).containsExactly("ConsoleSignIn", "CredentialsIssued");
        assertThat(backOne.get("next").stringValue()).isEqualTo(second.get("next").stringValue());
        assertThat(actionsOf(backTwo)).isEqualTo(actionsOf(first)).containsExactly("SignOut", "AccessDenied");
        assertThat(backTwo.get("newer").isNull()).isTrue();
    }

    @Test
    void aNewerPageWithFewerEventsThanALimitLeftIsTheNewestPage() throws Exception {
        String base = "/api/admin/audit-events?limit=2&user=" + user;
        String afterNewest = getJson(base.replace("limit=2", "limit=1")).get("next").stringValue();
        JsonNode shifted = getJson(base + "&after=" + afterNewest);
        assertThat(actionsOf(shifted)).containsExactly("AccessDenied", "ConsoleSignIn");

        JsonNode back = getJson(base + "&before=" + shifted.get("newer").stringValue());

        assertThat(actionsOf(back)).containsExactly("SignOut", "AccessDenied");
        assertThat(back.get("newer").isNull()).isTrue();
    }

    @Test
    void cursorsThatNoPageReturnedOrBothDirectionsAtOnceAreA400() throws Exception {
        String token = getJson("/api/admin/audit-events?limit=1&user=" + user).get("next").stringValue();
        for (String query : List.of("before=garbage", "after=" + token + "&before=" + token,
                "after=-9223372036854775808_1", "to=%2B1000000000-01-01T00:00:00Z")) {
            mvc.perform(get("/api/admin/audit-events?" + query).cookie(admin)).andExpect(status().isBadRequest());
        }
        for (String query : List.of("after=garbage", "before=" + token + "&after=" + token)) {
            mvc.perform(get("/admin/audit?" + query).cookie(admin).accept("text/html"))
                    .andExpect(status().isBadRequest());
        }
    }

    @Test
    void invalidFiltersAreA400ProblemNamingEachField() throws Exception {
        MvcResult result = mvc.perform(get("/api/admin/audit-events").cookie(admin)
                        .param("accountId", "12345").param("action", "Reboot").param("outcome", "maybe")
                        .param("from", "yesterday").param("limit", "0").param("after", "garbage"))
                .andExpect(status().isBadRequest()).andReturn();

        JsonNode problem = json.readTree(result.getResponse().getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors")).extracting(error -> error.get("field").stringValue())
                .containsExactlyInAnyOrder("accountId", "action", "outcome", "from", "limit", "after");
        assertThat(problem.toString()).contains("must be one of SignIn, SignInFailed");
        mvc.perform(get("/api/admin/audit-events/export").param("format", "xlsx").cookie(admin))
                .andExpect(status().isBadRequest());
    }

    @Test
    void someoneWhoIsNotAnAdminGetsA403FromThePageTheApiAndTheExport() throws Exception {
        String name = "plain-" + UUID.randomUUID().toString().substring(0, 8);
        new TestUsers(jdbc, passwordEncoder).create(name, "plain-password-1", true);
        Cookie plain = signIn(name, "plain-password-1");

        mvc.perform(get("/admin/audit").cookie(plain)).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/audit-events").cookie(plain)).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/audit-events/export").cookie(plain)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/audit/verify").cookie(plain).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void thePageListsFilteredEventsAndOpensOneWithItsDetailsAndHash() throws Exception {
        String list = page("/admin/audit?user=" + user + "&outcome=DENIED");
        assertThat(list).contains("Access denied", "777788889999", "192.0.2.10")
                .doesNotContain("Console sign-in</td>");

        long id = jdbc.queryForObject("select id from audit_events where request_id = ?", Long.class,
                seeded.get(1).requestId());
        String detail = page("/admin/audit/" + id);
        String hash = jdbc.queryForObject("select hash from audit_events where id = ?", String.class, id);
        assertThat(detail).contains("Credentials issued", "ASIAEXAMPLE000000001", hash,
                "Mozilla/5.0 (X11; Linux x86_64) TestBrowser/1.0", seeded.get(1).requestId());
        mvc.perform(get("/admin/audit/999999999").cookie(admin).accept("text/html")).andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsWhatIsWrongWithAFilterInsteadOfFailing() throws Exception {
        String list = page("/admin/audit?accountId=abc&from=2026-13-45T99:00");
        assertThat(list).contains("An AWS account id has 12 digits.", "Enter a date and time");
    }

    @Test
    void verifyingTheTrailReportsThatItIsIntact() throws Exception {
        mvc.perform(post("/admin/audit/verify").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/audit"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("The audit trail is intact")));
    }

    @Test
    void aRowWhoseOutcomeWasAlteredInTheDatabaseIsStillShownAsStoredAndVerifyingReportsIt() throws Exception {
        long id = jdbc.queryForObject("select id from audit_events where request_id = ?", Long.class,
                seeded.get(1).requestId());
        jdbc.update("update audit_events set outcome = 'FORGED' where id = ?", id);
        try {
            assertThat(page("/admin/audit?user=" + user)).contains(">FORGED</span>", "Credentials issued", "Sign-out");
            assertThat(page("/admin/audit/" + id)).contains(">FORGED</dd>");
            assertThat(getJson("/api/admin/audit-events?user=" + user).get("events"))
                    .extracting(event -> event.get("outcome").stringValue())
                    .containsExactly("SUCCESS", "DENIED", "SUCCESS", "FORGED", "SUCCESS");
            assertThat(download("/api/admin/audit-events/export?format=csv&user=" + user)).contains(",FORGED,");
            mvc.perform(post("/admin/audit/verify").cookie(admin).with(csrf()))
                    .andExpect(redirectedUrl("/admin/audit"))
                    .andExpect(flash().attribute("problem",
                            "The audit trail is broken: event #" + id + " was changed after it was written ("
                                    + (jdbc.queryForObject("select count(*) from audit_events where id < ?",
                                            Long.class, id)) + " events before it are intact)."));
        }
        finally {
            jdbc.update("update audit_events set outcome = 'SUCCESS' where id = ?", id);
        }
    }

    @Test
    void theCsvHasAHeaderOneRowPerEventAndCellsASpreadsheetCannotRunAsFormulas() throws Exception {
        String nasty = "=HYPERLINK(\"http://x\",\"a,b\")";
        var event = publish(AuditTestEvent.of(T0, AuditAction.SIGN_IN_FAILED, nasty + user,
                Map.of("reason", "bad-credentials")));
        new AuditRows(jdbc).awaitRecorded();

        String csv = download("/api/admin/audit-events/export?format=csv&user=" + user);
        String[] lines = csv.split("\r\n");
        assertThat(csv).startsWith("\uFEFFid,time_utc,action,outcome,user_id,username,client_address,user_agent,"
                + "request_id,account_id,permission_set,details\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[1]).contains(",2026-03-01 10:04:00,SignOut,SUCCESS,");
        assertThat(lines[2]).contains(",777788889999,Admin,{}");
        assertThat(lines[4]).contains("\"{\"\"accessKeyId\"\":\"\"ASIAEXAMPLE000000001\"\",\"\"roleArn\"\"");

        String byName = download("/admin/audit/export?format=csv", "user", nasty + user);
        assertThat(byName.split("\r\n")[1]).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")" + user + "\",");
        assertThat(event.requestId()).isNotBlank();
    }

    @Test
    void theJsonLinesExportHasOneApiShapedObjectPerLine() throws Exception {
        String jsonl = download("/api/admin/audit-events/export?format=jsonl&user=" + user + "&action=CredentialsIssued");

        String[] lines = jsonl.split("\n");
        assertThat(lines).hasSize(1);
        JsonNode line = json.readTree(lines[0]);
        assertThat(line.get("action").stringValue()).isEqualTo("CredentialsIssued");
        assertThat(line.get("details").get("roleArn").stringValue()).isEqualTo("arn:aws:iam::111122223333:role/R");
    }

    private AuditTestEvent publish(AuditTestEvent event) {
        return new CommittingPublisher(events, transactions).publish(event);
    }

    private static List<String> actionsOf(JsonNode page) {
        List<String> actions = new ArrayList<>();
        page.get("events").forEach(event -> actions.add(event.get("action").stringValue()));
        return actions;
    }

    private List<String> actions(String url, String... params) throws Exception {
        List<String> actions = new ArrayList<>();
        getJson(url, params).get("events").forEach(event -> actions.add(event.get("action").stringValue()));
        return actions;
    }

    private JsonNode getJson(String url, String... params) throws Exception {
        var request = get(url).cookie(admin);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).cookie(admin).accept("text/html")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String download(String url, String... params) throws Exception {
        var call = get(url).cookie(admin);
        for (int i = 0; i + 1 < params.length; i += 2) {
            call.param(params[i], params[i + 1]);
        }
        MvcResult started = mvc.perform(call).andExpect(request().asyncStarted()).andReturn();
        MvcResult done = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
        assertThat(done.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=\"audit-events-");
        return done.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Cookie signIn(String username, String password) throws Exception {
        Cookie session = mvc.perform(post("/signin").param("username", username).param("password", password)
                .with(csrf())).andExpect(redirectedUrl("/start")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

}
