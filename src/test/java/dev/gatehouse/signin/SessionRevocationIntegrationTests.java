package dev.gatehouse.signin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

import dev.gatehouse.testsupport.BrowserSession;
import dev.gatehouse.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session keeps what it learnt at sign-in, so a change that takes away what someone signed in with ends their
 * sessions at once: disabling, deleting, renaming, an admin's new password, leaving the admin group.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gatehouse.directory.bootstrap-admin.api-token=" + SessionRevocationIntegrationTests.TOKEN)
class SessionRevocationIntegrationTests {

    static final String TOKEN = "revocation-api-token-0123456789abcdefghij";
    static final String PASSWORD = "a-long-enough-password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    String username;
    UUID userId;
    BrowserSession user;

    @BeforeEach
    void signedInAdmin() throws Exception {
        username = "second-admin-" + UUID.randomUUID().toString().substring(0, 6);
        userId = new TestUsers(jdbc, passwordEncoder).create(username, PASSWORD, true);
        api("POST", "/api/admin/groups/" + adminGroupId() + "/members", "{\"userId\": \"" + userId + "\"}");
        user = new BrowserSession(port);
        user.signIn(username, PASSWORD);
        assertThat(user.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void disablingAnAdminEndsTheirSessionAtOnce() throws Exception {
        String version = jdbc.queryForObject("select version from directory_users where id = ?", String.class, userId);
        assertThat(api("PUT", "/api/admin/users/" + userId, "{\"username\": \"" + username
                + "\", \"displayName\": \"Second admin\", \"active\": false, \"version\": " + version + "}"))
                .isEqualTo(200);

        assertSignedOut();
    }

    @Test
    void renamingAndDisablingInOneSaveEndsTheSessionUnderTheOldName() throws Exception {
        assertThat(saveUser(username.toUpperCase(Locale.ROOT), false)).as("a change of case only").isEqualTo(200);

        assertSignedOut();
    }

    @Test
    void renamingEndsTheSessionThatCarriesTheOldName() throws Exception {
        String renamed = "renamed-" + username;
        assertThat(saveUser(renamed, true)).isEqualTo(200);

        assertSignedOut();
        user.signIn(renamed, PASSWORD);
        assertThat(user.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void leavingTheAdminGroupEndsTheSessionThatHadAdminRights() throws Exception {
        assertThat(api("DELETE", "/api/admin/groups/" + adminGroupId() + "/members/" + userId, null)).isEqualTo(204);

        assertSignedOut();
        user.signIn(username, PASSWORD);
        assertThat(user.get("/admin").statusCode()).isEqualTo(403);
    }

    @Test
    void aNewPasswordFromAnAdminEndsTheUsersSessions() throws Exception {
        assertThat(api("POST", "/api/admin/users/" + userId + "/password", "{\"password\": \"another-long-password\"}"))
                .isEqualTo(204);

        assertSignedOut();
    }

    @Test
    void deletingTheUserEndsTheirSessions() throws Exception {
        assertThat(api("DELETE", "/api/admin/users/" + userId, null)).isEqualTo(204);

        assertSignedOut();
    }

    @Test
    void anAdminsResetOfTheUsersMfaDevicesEndsTheirSessions() throws Exception {
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", "bootstrap-admin-password");
        String page = admin.get("/admin/users/" + userId).body();

        assertThat(admin.postForm("/admin/users/" + userId + "/mfa/reset", "_csrf=" + BrowserSession.csrfToken(page))
                .statusCode()).isEqualTo(302);

        assertSignedOut();
        assertThat(admin.get("/admin").statusCode()).as("the admin's own session stays").isEqualTo(200);
    }

    private int saveUser(String newUsername, boolean active) throws Exception {
        String version = jdbc.queryForObject("select version from directory_users where id = ?", String.class, userId);
        return api("PUT", "/api/admin/users/" + userId, "{\"username\": \"" + newUsername
                + "\", \"displayName\": \"Second admin\", \"active\": " + active + ", \"version\": " + version + "}");
    }

    private void assertSignedOut() throws Exception {
        HttpResponse<String> start = user.get("/start");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).get().asString().endsWith("/signin");
    }

    private String adminGroupId() {
        return jdbc.queryForObject("select id from directory_groups where name_key = 'gatehouseadmins'", String.class);
    }

    private int api(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
