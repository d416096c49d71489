package dev.gatehouse.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Puts directory users straight into the database, for tests of what happens after they exist. */
public final class TestUsers {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    public TestUsers(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    public UUID create(String username, String password, boolean active) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into directory_users (id, username, username_key, display_name, email, active, password_hash,
                    source, created_at, updated_at, version)
                values (?, ?, ?, ?, null, ?, ?, 'DIRECTORY', ?, ?, 0)""",
                id, username, username.toLowerCase(Locale.ROOT), "Test " + username, active,
                passwordEncoder.encode(password), now, now);
        return id;
    }
}
