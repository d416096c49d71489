package dev.gatehouse;

import dev.gatehouse.testsupport.BrowserSession;
import dev.gatehouse.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on the postgres profile: sessions, sign-in and the bootstrap admin on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresProfileIntegrationTests extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theBootstrapAdminSignsInAndTheSessionLivesInPostgres() throws Exception {
        BrowserSession browser = new BrowserSession(port);

        var signIn = browser.signIn("admin", "bootstrap-admin-password");
        assertThat(signIn.headers().firstValue("Location")).get().asString().endsWith("/start");

        var start = browser.get("/start");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("Welcome, admin");
    }
}
