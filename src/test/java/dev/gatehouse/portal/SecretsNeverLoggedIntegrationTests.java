package dev.gatehouse.portal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import dev.gatehouse.testsupport.AwsIntegrationTest;
import dev.gatehouse.testsupport.AwsStandIn;
import dev.gatehouse.testsupport.CapturedLogs;
import dev.gatehouse.testsupport.PortalFixture;
import dev.gatehouse.testsupport.PortalFixture.EntitledUser;
import dev.gatehouse.testsupport.PortalFixture.PermissionSet;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * With every logger at DEBUG (and the AWS SDK, Spring MVC and the HTTP clients at TRACE), issuing credentials
 * and signing in to the console writes no secret key, session token or sign-in token to the log, not even a
 * piece of one.
 */
@AwsIntegrationTest
class SecretsNeverLoggedIntegrationTests {

    static final String SECRET = "LoggedSecretKey/never+shown/0123456789ab";
    static final String TOKEN = "IQoJLoggedSessionToken/never+shown/ZYXWVUTSRQPONMLKJIH==";
    static final String SIGNIN_TOKEN = "LoggedSigninToken-never-shown-0123456789abcdefghij";
    static final List<String> VERBOSE = List.of("software.amazon.awssdk", "org.springframework.web",
            "org.springframework.security", "sun.net.www.protocol.http", "jdk.internal.httpclient", "org.apache",
            "org.thymeleaf");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    LoggingSystem logging;

    @Test
    void noSecretReachesAnyLogLine() throws Exception {
        AwsStandIn aws = AwsStandIn.get();
        aws.reset();
        aws.assumeRoleReturns("ASIALOGGEDSESSION001", SECRET, TOKEN, Instant.now().plus(1, ChronoUnit.HOURS));
        aws.federationReturns(SIGNIN_TOKEN);
        EntitledUser logan = new PortalFixture(jdbc, passwordEncoder).entitledUser("logan", "Logging", "Admin", "PT1H");
        String accountId = logan.accountId();
        PermissionSet admin = logan.permissionSet();
        Cookie session = PortalFixture.signIn(mvc, logan.username());

        String logged;
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.DEBUG);
        VERBOSE.forEach(name -> logging.setLogLevel(name, LogLevel.TRACE));
        try (CapturedLogs logs = CapturedLogs.capture()) {
            for (String accept : List.of("application/json", "text/html")) {
                assertThat(mvc.perform(post("/start/credentials").param("account_id", accountId)
                        .param("role_name", admin.name()).cookie(session).with(csrf()).accept(accept))
                        .andReturn().getResponse().getContentAsString()).contains(SECRET, TOKEN);
            }
            assertThat(mvc.perform(get("/start/console").param("account_id", accountId)
                    .param("role_name", admin.name()).cookie(session)).andReturn().getResponse()
                    .getHeader("Location")).contains(SIGNIN_TOKEN);
            logged = logs.text();
        }
        finally {
            VERBOSE.forEach(name -> logging.setLogLevel(name, null));
            logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
        }

        assertThat(logged).as("the capture saw the SDK's and Spring's debug output")
                .contains("software.amazon.awssdk", "org.springframework.web", "ASIALOGGEDSESSION001".substring(0, 4));
        for (String secret : List.of(SECRET, TOKEN, SIGNIN_TOKEN)) {
            assertThat(pieces(secret)).as("no 12-character piece of a secret").noneMatch(logged::contains);
        }
    }

    private static List<String> pieces(String secret) {
        return IntStream.rangeClosed(0, secret.length() - 12).mapToObj(i -> secret.substring(i, i + 12)).toList();
    }
}
