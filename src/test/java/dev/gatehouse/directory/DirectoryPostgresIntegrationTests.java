package dev.gatehouse.directory;

import java.time.Instant;

import dev.gatehouse.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** All migrations and a repository round trip against a real PostgreSQL. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DirectoryPostgresIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    UserRepository users;

    @Autowired
    GroupRepository groups;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationAppliesOnPostgres() {
        Integer failed = jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class);
        Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class);
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());

        assertThat(product).isEqualTo("PostgreSQL");
        assertThat(failed).isZero();
        assertThat(applied).isGreaterThanOrEqualTo(5);
    }

    @Test
    void usersAndMembershipsRoundTripWithCaseInsensitiveLookup() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        User alice = users.save(new User("Alice.Smith", "Alice Smith", "alice@example.com", UserSource.DIRECTORY, now));
        Group admins = new Group("Admins", null, now);
        admins.addMember(alice);
        groups.save(admins);

        assertThat(users.findByUsernameKey("alice.smith")).get()
                .extracting(User::displayName).isEqualTo("Alice Smith");
        assertThat(users.isMemberOf(alice.id(), "admins")).isTrue();
    }
}
