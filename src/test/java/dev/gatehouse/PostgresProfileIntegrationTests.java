package dev.gatehouse;

import dev.gatehouse.testsupport.BrowserSession;
import dev.gatehouse.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on the postgres profile: sessions, sign-in and the bootstrap admin on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class PostgresProfileIntegrationTests {

    private static PostgresTestDatabase database;

    /** Before the context loads, so that a missing PostgreSQL skips the class rather than failing it. */
    @BeforeAll
    static void obtainDatabase() {
        database = PostgresTestDatabase.obtain();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database.url());
        registry.add("spring.datasource.username", () -> database.username());
        registry.add("spring.datasource.password", () -> database.password());
        registry.add("spring.flyway.schemas", () -> database.schema());
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (database != null) {
            database.dropSchema();
        }
    }

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
