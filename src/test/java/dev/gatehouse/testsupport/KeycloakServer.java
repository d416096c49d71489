package dev.gatehouse.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keycloak's own server distribution (unpacked by the build into {@code target/keycloak}), started once per
 * test run on loopback and free ports, with the realm {@value #REALM} of {@code keycloak/gatehouse-realm.json}
 * in an in-memory database, so every run starts from the same realm. Its log is {@code target/keycloak/keycloak.log}.
 * Use it through {@link KeycloakExtension}; where the distribution or Java cannot run it, tests skip, or fail under
 * {@code GATEHOUSE_E2E_REQUIRED=true}.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "gatehouse";
    public static final String CLIENT_ID = "gatehouse";
    public static final String CLIENT_SECRET = "gatehouse-client-secret";
    public static final String CONSENT_CLIENT_ID = "gatehouse-consent";
    public static final String CONSENT_CLIENT_SECRET = "gatehouse-consent-client-secret";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final int port;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakServer(Process process, int port, String adminPassword) {
        this.process = process;
        this.port = port;
        this.adminPassword = adminPassword;
    }

    static KeycloakServer start() {
        String configuredHome = System.getProperty("gatehouse.test.keycloak-home");
        Path home = configuredHome == null ? null : Path.of(configuredHome);
        if (home == null || !Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw RequiredParts.missing("No Keycloak distribution at " + home + ": run the tests through Maven, "
                    + "which unpacks org.keycloak:keycloak-quarkus-dist into target/keycloak");
        }
        try {
            copyRealm(home);
            int port = freePort();
            int managementPort = freePort();
            String adminPassword = UUID.randomUUID().toString();
            Path log = home.getParent().resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                    "--db=dev-mem", "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(Map.of(
                    "JAVA_HOME", System.getProperty("java.home"),
                    "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                    "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                    "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword));
            KeycloakServer server = new KeycloakServer(builder.start(), port, adminPassword);
            server.awaitRealm(log);
            return server;
        }
        catch (IOException e) {
            throw RequiredParts.missing("Keycloak could not be started: " + e.getMessage());
        }
    }

    /** The realm's issuer, as {@code spring.security.oauth2.client.provider.*.issuer-uri}. */
    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    /** Creates a user with first and last name and a verified email (so Keycloak asks nothing at sign-in). */
    public void createUser(String username, String password, String... groupPaths) {
        Map<String, Object> user = Map.of("username", username, "enabled", true, "email", username + "@example.com",
                "emailVerified", true, "firstName", "Temp", "lastName", username,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)),
                "groups", List.of(groupPaths));
        admin("POST", "/users", JSON.writeValueAsString(user));
    }

    public void removeFromGroup(String username, String groupName) {
        admin("DELETE", "/users/" + userId(username) + "/groups/" + groupId(groupName), null);
    }

    public void addToGroup(String username, String groupName) {
        admin("PUT", "/users/" + userId(username) + "/groups/" + groupId(groupName), null);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitRealm(Path log) {
        try {
            Awaitility.await("Keycloak's realm " + REALM)
                    .atMost(START_TIMEOUT)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Keycloak exited with " + process.exitValue()
                                    + "; see " + log);
                        }
                        return get(issuer() + "/.well-known/openid-configuration") == 200;
                    });
        }
        catch (ConditionTimeoutException | IllegalStateException notStarted) {
            close();
            throw RequiredParts.missing("Keycloak did not start: " + notStarted.getMessage() + " (log: " + log + ")");
        }
    }

    private int get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        catch (IOException e) {
            return -1;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String userId(String username) {
        JsonNode users = JSON.readTree(admin("GET", "/users?exact=true&username=" + encode(username), null));
        return users.get(0).get("id").asString();
    }

    private String groupId(String groupName) {
        JsonNode groups = JSON.readTree(admin("GET", "/groups?exact=true&search=" + encode(groupName), null));
        return groups.get(0).get("id").asString();
    }

    private String admin(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken())
                .timeout(Duration.ofSeconds(20));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Keycloak admin " + method + " " + path + ": " + response.statusCode()
                    + " " + response.body());
        }
        return response.body();
    }

    private String adminToken() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                        + "&password=" + encode(adminPassword)))
                .build());
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyRealm(Path home) throws IOException {
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/gatehouse-realm.json")) {
            if (realm == null) {
                throw new IOException("keycloak/gatehouse-realm.json is not on the test class path");
            }
            Files.copy(realm, imports.resolve("gatehouse-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
