package dev.gatehouse.testsupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of Spring tests against a real PostgreSQL on the {@code postgres} profile: each test class gets a fresh
 * schema, migrated by Flyway, and drops it afterwards. A missing PostgreSQL skips the class (or fails it under
 * {@code GATEHOUSE_E2E_REQUIRED=true}) before the context loads.
 */
@ActiveProfiles("postgres")
// Each class's context (and its pool of connections) is closed with the class: several test runs share one
// PostgreSQL, whose connection slots ran out while every class's pool stayed open until the run ended.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class PostgresIntegrationTest {

    private static PostgresTestDatabase database;

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

    protected static PostgresTestDatabase database() {
        return database;
    }
}
