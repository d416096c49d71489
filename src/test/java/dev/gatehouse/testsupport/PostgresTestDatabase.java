package dev.gatehouse.testsupport;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A PostgreSQL database for tests: the one named by {@code GATEHOUSE_TEST_POSTGRES_URL} (CI starts the
 * machine's cluster), else a Testcontainers container where a Docker engine runs. Each test class gets a
 * fresh schema, so every run applies all migrations from scratch and leaves nothing behind.
 */
public final class PostgresTestDatabase {

    private static PostgreSQLContainer container;

    private final String baseUrl;
    private final String username;
    private final String password;
    private final String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private PostgresTestDatabase(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl;
        this.username = username;
        this.password = password;
    }

    public static PostgresTestDatabase obtain() {
        String url = System.getenv("GATEHOUSE_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            return new PostgresTestDatabase(url, env("GATEHOUSE_TEST_POSTGRES_USERNAME", "gatehouse"),
                    env("GATEHOUSE_TEST_POSTGRES_PASSWORD", "gatehouse"));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return fromContainer();
        }
        throw RequiredParts.missing("No PostgreSQL: set GATEHOUSE_TEST_POSTGRES_URL (and _USERNAME, _PASSWORD) "
                + "or run a Docker engine for Testcontainers");
    }

    private static synchronized PostgresTestDatabase fromContainer() {
        if (container == null) {
            container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
        }
        return new PostgresTestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    /** The JDBC URL with this test's schema as the current schema. */
    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public String schema() {
        return schema;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public void dropSchema() throws SQLException {
        try (var connection = DriverManager.getConnection(baseUrl, username, password);
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema.toLowerCase(Locale.ROOT) + " cascade");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
