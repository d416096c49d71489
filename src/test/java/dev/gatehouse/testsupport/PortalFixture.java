package dev.gatehouse.testsupport;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Users, accounts and permission sets with fresh names, for tests that share one database. */
public final class PortalFixture {

    public static final String PASSWORD = "portal-user-password";

    private final JdbcTemplate jdbc;
    private final TestAccess access;
    private final TestUsers users;

    public PortalFixture(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.access = new TestAccess(jdbc);
        this.users = new TestUsers(jdbc, passwordEncoder);
    }

    public TestAccess access() {
        return access;
    }

    /** A new active user named {@code prefix} plus a random suffix; returns the name. */
    public String userNamed(String prefix) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 6);
        users.create(username, PASSWORD, true);
        return username;
    }

    /** A new account in the {@code aws} partition; returns its random 12-digit id. */
    public String account(String name) {
        return account(name, "aws");
    }

    public String account(String name, String partition) {
        String accountId = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
        access.account(accountId, name, partition);
        return accountId;
    }

    public record PermissionSet(UUID id, String name) {
    }

    /** A new permission set named {@code prefix} plus a random suffix, with the default role name. */
    public PermissionSet permissionSet(String prefix, String duration) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 4);
        return new PermissionSet(access.permissionSet(name, duration, null), name);
    }

    public void relayState(PermissionSet permissionSet, String relayState) {
        jdbc.update("update permission_sets set relay_state = ? where id = ?", relayState, permissionSet.id());
    }

    /** Assigns the permission set in the account to the user directly. */
    public void assign(String username, String accountId, PermissionSet permissionSet) {
        access.assignToUser(idOf(username), accountId, permissionSet.id());
    }

    /** A user with one permission set in one account, assigned to them directly. */
    public record EntitledUser(String username, String accountId, PermissionSet permissionSet) {
    }

    /**
     * A new user ({@code userPrefix} plus a random suffix) assigned a new permission set ({@code permissionSetPrefix}
     * plus a suffix, sessions of {@code duration}) in a new account named {@code accountName}. It does not touch the
     * AWS stand-in: tests that use it reset it themselves.
     */
    public EntitledUser entitledUser(String userPrefix, String accountName, String permissionSetPrefix,
            String duration) {
        String username = userNamed(userPrefix);
        String accountId = account(accountName);
        PermissionSet permissionSet = permissionSet(permissionSetPrefix, duration);
        assign(username, accountId, permissionSet);
        return new EntitledUser(username, accountId, permissionSet);
    }

    public UUID idOf(String username) {
        return jdbc.queryForObject("select id from directory_users where username = ?", UUID.class, username);
    }

    public static Cookie signIn(MockMvc mvc, String username) throws Exception {
        Cookie session = mvc.perform(post("/signin").param("username", username).param("password", PASSWORD)
                .with(csrf())).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie after signing in").isNotNull();
        return session;
    }
}
