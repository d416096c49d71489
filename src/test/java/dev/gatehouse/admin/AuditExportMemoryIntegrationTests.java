package dev.gatehouse.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.gatehouse.GatehouseApplication;
import dev.gatehouse.testsupport.BrowserSession;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The export's memory stays flat: Gatehouse runs in its own JVM with a {@value #HEAP_MB} MB heap and exports 100,000
 * events whose CSV is larger than that whole heap. Collecting the rows first would end in an OutOfMemoryError.
 */
class AuditExportMemoryIntegrationTests {

    static final int HEAP_MB = 96;
    static final int ROWS = 100_000;
    static final int PADDING = 1200;

    @TempDir
    Path dataDir;

    Process gatehouse;

    @AfterEach
    void stop() throws InterruptedException {
        if (gatehouse != null) {
            gatehouse.destroy();
            gatehouse.waitFor();
        }
    }

    @Test
    void exporting100000EventsLargerThanTheHeapStreamsEveryOne() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("gatehouse").toAbsolutePath();
        fillAuditTrail(url);
        int port = freePort();
        Path log = dataDir.resolve("gatehouse.log");
        gatehouse = startGatehouse(url, port, log);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
            assertThat(gatehouse.isAlive()).as("Gatehouse stopped:%n%s", Files.readString(log)).isTrue();
            return Files.readString(log).contains("Started GatehouseApplication");
        });
        BrowserSession admin = new BrowserSession(port);
        assertThat(admin.signIn("admin", "bootstrap-admin-password").headers().firstValue("Location")).get()
                .asString().endsWith("/start");

        HttpResponse<InputStream> export = admin.stream("/api/admin/audit-events/export?format=csv&to=2026-02-01");
        long lines = 0;
        long characters = 0;
        String last = null;
        try (var reader = new BufferedReader(new InputStreamReader(export.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                characters += line.length() + 2;
                last = line;
            }
        }

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(lines).isEqualTo(ROWS + 1);
        assertThat(last).startsWith("1,2026-01-01 00:00:01,SignIn,SUCCESS,");
        assertThat(characters).as("the CSV is larger than the heap").isGreaterThan(HEAP_MB * 1024L * 1024);
        assertThat(gatehouse.isAlive()).isTrue();
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
    }

    /** The schema by the application's own migrations, then 100,000 sign-ins of about 0.9 kB each. */
    private static void fillAuditTrail(String url) {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (var dataSource = new SingleConnectionDataSource(url, "sa", "", true)) {
            new JdbcTemplate(dataSource).update("""
                    insert into audit_events (occurred_at, action, outcome, actor_username, actor_key, client_address,
                        user_agent, request_id, details, hash)
                    select dateadd('SECOND', x, timestamp with time zone '2026-01-01 00:00:00+00'), 'SignIn', 'SUCCESS',
                           'user' || x, 'user' || x, '192.0.2.1', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
                           'request-' || x, '{"method":"password","padding":"' || repeat('x', ?) || '"}',
                           repeat('0', 64)
                    from system_range(1, ?)""", PADDING, ROWS);
        }
    }

    private static Process startGatehouse(String url, int port, Path log) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_MB + "m", "-XX:+ExitOnOutOfMemoryError", "-cp", classpath, GatehouseApplication.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=" + url + ";CACHE_SIZE=8192",
                "--gatehouse.directory.bootstrap-admin.password=bootstrap-admin-password"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
