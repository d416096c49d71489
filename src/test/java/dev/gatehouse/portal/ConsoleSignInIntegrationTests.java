package dev.gatehouse.portal;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gatehouse.console.ConsoleSignInIssued;
import dev.gatehouse.credentials.AccessDenied;
import dev.gatehouse.credentials.AccessKind;
import dev.gatehouse.testsupport.AwsIntegrationTest;
import dev.gatehouse.testsupport.AwsStandIn;
import dev.gatehouse.testsupport.BrowserSession;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** {@code /start/console}: the real SDK against the STS stand-in, then the federation stand-in. */
@AwsIntegrationTest
@RecordApplicationEvents
class ConsoleSignInIntegrationTests {

    static final String ACCESS_KEY_ID = "ASIACONSOLESESSION01";
    static final String SECRET = "console/session+secret/bPxRfiCY==";
    static final String TOKEN = "IQoJb3JpZ2luX2VjEHoa/console+token/QRSTUVWX==";
    static final String SIGNIN_TOKEN = "signin-token-AbC123/+=-xyz";

    final AwsStandIn aws = AwsStandIn.get();

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

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
    PermissionSet admin;
    Cookie session;

    @BeforeEach
    void entitledUser() throws Exception {
        aws.reset();
        aws.assumeRoleReturns(ACCESS_KEY_ID, SECRET, TOKEN, Instant.now().plus(12, ChronoUnit.HOURS));
        aws.federationReturns(SIGNIN_TOKEN);
        fixture = new PortalFixture(jdbc, passwordEncoder);
        EntitledUser carol = fixture.entitledUser("carol", "Analytics", "Admin", "PT12H");
        username = carol.username();
        accountId = carol.accountId();
        admin = carol.permissionSet();
        session = PortalFixture.signIn(mvc, username);
    }

    @Test
    void redirectsToTheFederationLoginUrlWithAFreshSigninToken() throws Exception {
        MockHttpServletResponse response = console(get("/start/console").param("account_id", accountId)
                .param("role_name", admin.name()));

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        URI login = URI.create(response.getHeader("Location"));
        assertThat(login.getScheme() + "://" + login.getRawAuthority() + login.getRawPath())
                .isEqualTo(aws.federationUrl());
        assertThat(query(login)).containsExactly(Map.entry("Action", "login"),
                Map.entry("Issuer", AwsStandIn.PORTAL_URL + "/start"),
                Map.entry("Destination", "https://console.aws.amazon.com/"),
                Map.entry("SigninToken", SIGNIN_TOKEN));

        Map<String, String> form = AwsStandIn.form(aws.federationRequests().get(0));
        assertThat(form).containsEntry("Action", "getSigninToken").containsEntry("SessionDuration", "43200");
        JsonNode sessionJson = json.readTree(form.get("Session"));
        assertThat(sessionJson.get("sessionId").asString()).isEqualTo(ACCESS_KEY_ID);
        assertThat(sessionJson.get("sessionKey").asString()).isEqualTo(SECRET);
        assertThat(sessionJson.get("sessionToken").asString()).isEqualTo(TOKEN);
        assertThat(aws.federationRequests().get(0).getUrl()).as("no credentials in the URL")
                .isEqualTo("/federation");
        assertThat(AwsStandIn.form(aws.stsRequests("AssumeRole").get(0)))
                .containsEntry("RoleSessionName", username).containsEntry("DurationSeconds", "43200");
    }

    @Test
    void aDeepLinkLandsOnItsDestinationAndTheRelayStateWithoutOne() throws Exception {
        fixture.relayState(admin, "https://console.aws.amazon.com/s3/home");
        String deepLink = "https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances:";

        MockHttpServletResponse deep = console(get("/start/console").param("account_id", accountId)
                .param("role_name", admin.name()).param("destination", deepLink));
        MockHttpServletResponse relay = console(get("/start/console").param("account_id", accountId)
                .param("role_name", admin.name().toUpperCase()));

        assertThat(query(URI.create(deep.getHeader("Location")))).containsEntry("Destination", deepLink);
        assertThat(query(URI.create(relay.getHeader("Location"))))
                .containsEntry("Destination", "https://console.aws.amazon.com/s3/home");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://console.aws.amazon.com.evil.com/", "//evil.com", "javascript:alert(1)",
            "https://evil.com/?https://console.aws.amazon.com/", "http://console.aws.amazon.com/",
            "https://console.aws.amazon.com@evil.com/" })
    void aDestinationOutsideTheConsoleGetsA400PageAndNoRedirect(String destination) throws Exception {
        MockHttpServletResponse response = console(get("/start/console").param("account_id", accountId)
                .param("role_name", admin.name()).param("destination", destination).accept("text/html"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getHeader("Location")).isNull();
        assertThat(response.getContentAsString()).contains("Destination not allowed", "console.aws.amazon.com");
        assertThat(aws.stsRequests("AssumeRole")).as("no credentials for a refused destination").isEmpty();
    }

    /** Spring would join repeated values with commas: a console page no one asked for, or a confusing 403. */
    @ParameterizedTest
    @ValueSource(strings = { "destination", "account_id", "role_name" })
    void aParameterGivenTwiceGetsA400PageAndNoRedirect(String repeated) throws Exception {
        Map<String, String> values = Map.of("account_id", accountId, "role_name", admin.name(),
                "destination", "https://console.aws.amazon.com/s3/");
        MockHttpServletRequestBuilder request = get("/start/console").accept("text/html");
        values.forEach(request::param);
        request.param(repeated, repeated.equals("destination") ? "https://evil.example/" : values.get(repeated));

        MockHttpServletResponse response = console(request);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getHeader("Location")).isNull();
        assertThat(response.getContentAsString()).contains("Link not valid", "gives &quot;" + repeated
                + "&quot; more than once");
        assertThat(aws.stsRequests("AssumeRole")).isEmpty();
    }

    @Test
    void otherPartitionsLandOnTheirOwnConsole() throws Exception {
        String china = fixture.account("Beijing", "aws-cn");
        fixture.assign(username, china, admin);

        MockHttpServletResponse home = console(get("/start/console").param("account_id", china)
                .param("role_name", admin.name()));
        MockHttpServletResponse global = console(get("/start/console").param("account_id", china)
                .param("role_name", admin.name()).param("destination", "https://console.aws.amazon.com/"));

        assertThat(query(URI.create(home.getHeader("Location"))))
                .containsEntry("Destination", "https://console.amazonaws.cn/");
        assertThat(AwsStandIn.form(aws.stsRequests("AssumeRole").get(0)))
                .containsEntry("RoleArn", "arn:aws-cn:iam::" + china + ":role/GatehouseReserved_" + admin.name());
        assertThat(global.getStatus()).isEqualTo(400);
    }

    @Test
    void anUnassignedPairGets403AndAnAccessDeniedEvent() throws Exception {
        MockHttpServletResponse response = console(get("/start/console").param("account_id", "123456789012")
                .param("role_name", admin.name()).accept("text/html"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeader("Location")).isNull();
        assertThat(aws.stsRequests("AssumeRole")).isEmpty();
        assertThat(events.stream(AccessDenied.class).filter(e -> e.origin().username().equals(username)))
                .singleElement().satisfies(event -> {
                    assertThat(event.requested()).isEqualTo(AccessKind.CONSOLE);
                    assertThat(event.accountId()).isEqualTo("123456789012");
                    assertThat(event.permissionSet()).isEqualTo(admin.name());
                });
    }

    @Test
    void aFailingFederationEndpointGetsAPageNotARedirect() throws Exception {
        aws.federationFails(400);

        MockHttpServletResponse response = console(get("/start/console").param("account_id", accountId)
                .param("role_name", admin.name()).accept("text/html"));

        assertThat(response.getStatus()).isEqualTo(502);
        assertThat(response.getHeader("Location")).isNull();
        assertThat(response.getContentAsString()).contains("AWS sign-in failed");
    }

    @Test
    void theSignInPublishesAnEventWithTheDestinationButNeverTheToken() throws Exception {
        console(get("/start/console").param("account_id", accountId).param("role_name", admin.name()));

        ConsoleSignInIssued issued = events.stream(ConsoleSignInIssued.class)
                .filter(e -> e.origin().username().equals(username)).findFirst().orElseThrow();
        assertThat(issued.accountId()).isEqualTo(accountId);
        assertThat(issued.permissionSet()).isEqualTo(admin.name());
        assertThat(issued.destination()).isEqualTo("https://console.aws.amazon.com/");
        assertThat(issued.accessKeyId()).isEqualTo(ACCESS_KEY_ID);
        assertThat(json.writeValueAsString(issued)).doesNotContain(SIGNIN_TOKEN, SECRET, TOKEN, "SigninToken");
        assertThat(committed.of(ConsoleSignInIssued.class)).as("published in a transaction that committed")
                .contains(issued);
    }

    @Test
    void missingParametersGetA400PageOverRealHttp() throws Exception {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(username, PortalFixture.PASSWORD);

        HttpResponse<String> response = browser.get("/start/console?account_id=" + accountId);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Bad request", "The request was incomplete");
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void openingTheAccessKeysAddressDirectlyGetsAPageSayingWhatToDo() throws Exception {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(username, PortalFixture.PASSWORD);

        HttpResponse<String> response = browser.get("/start/credentials?account_id=" + accountId
                + "&role_name=" + admin.name());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("Not available this way", "Start again from the start page")
                .doesNotContain("Something went wrong");
        assertThat(aws.stsRequests("AssumeRole")).isEmpty();
    }

    private MockHttpServletResponse console(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(session)).andReturn().getResponse();
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : List.of(uri.getRawQuery().split("&"))) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
