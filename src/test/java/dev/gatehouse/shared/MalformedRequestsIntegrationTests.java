package dev.gatehouse.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.gatehouse.testsupport.BrowserSession;
import dev.gatehouse.testsupport.CapturedLogs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests no browser sends, written byte for byte: each gets a 4xx page or problem, and the log gets one quiet
 * line about it, never the refused value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestsIntegrationTests {

    private static final String ADMIN_PASSWORD = "bootstrap-admin-password";

    @LocalServerPort
    int port;

    @Test
    void undecodableParametersAreABadRequestLoggedOnceWithoutTheirValue() throws Exception {
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", ADMIN_PASSWORD);
        String csrf = BrowserSession.csrfToken(admin.get("/settings/security/password").body());
        String form = "currentPassword=Typed-Secret%zz&newPassword=x&confirmation=x";

        try (CapturedLogs logs = CapturedLogs.capture()) {
            String query = raw("GET /signin?error=Query-Secret%zz HTTP/1.1", "Accept: text/html");
            String body = send("POST /settings/security/password HTTP/1.1", form, "Accept: text/html",
                    "Cookie: SESSION=" + admin.cookie("SESSION").orElseThrow(), "X-CSRF-TOKEN: " + csrf,
                    "Content-Type: application/x-www-form-urlencoded");

            assertThat(query).startsWith("HTTP/1.1 400").contains("Bad request");
            assertThat(body).startsWith("HTTP/1.1 400").contains("Bad request");
            assertThat(logs.text()).doesNotContain("Query-Secret", "Typed-Secret");
            assertThat(logs.lines()).noneMatch(line -> line.startsWith("ERROR"));
            assertThat(logs.lines()).filteredOn(line -> line.contains("cannot be decoded")).hasSize(2)
                    .allMatch(line -> line.startsWith("WARN") && !line.contains("\n"));
        }
    }

    @Test
    void theErrorAddressOpenedDirectlyIsAPageThatDoesNotExist() throws Exception {
        BrowserSession anonymous = new BrowserSession(port);

        HttpResponse<String> page = anonymous.get("/error");
        HttpResponse<String> json = anonymous.get("/error", "Accept", "application/json");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).contains("\"status\":404");
    }

    @Test
    void apiRequestsThatReachNoControllerGetAProblemDetail() throws Exception {
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", ADMIN_PASSWORD);

        HttpResponse<String> unknown = admin.get("/api/admin/no-such-thing", "Accept", "application/json");
        String refused = raw("GET /api//admin/users HTTP/1.1", "Accept: application/json");
        String wrongMethod = raw("TRACE /api/admin/users HTTP/1.1", "Accept: application/json");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("\"title\":\"Not Found\"", "\"status\":404",
                "\"instance\":\"/api/admin/no-such-thing\"").doesNotContain("timestamp");
        assertThat(refused).startsWith("HTTP/1.1 400").contains("application/problem+json", "\"status\":400");
        assertThat(wrongMethod).startsWith("HTTP/1.1 405").contains("application/problem+json", "\"status\":405");
    }

    @Test
    void settingsThatNoFormOffersAreRefusedOnThePage() throws Exception {
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", ADMIN_PASSWORD);
        String csrf = "&_csrf=" + BrowserSession.csrfToken(admin.get("/admin/settings").body());

        for (String form : new String[] { "prompt=&withoutDevice=block", "prompt=ALWAYS&methods=%00&withoutDevice=BLOCK",
                "prompt=ALWAYS&methods=nonsense&withoutDevice=BLOCK" }) {
            HttpResponse<String> page = admin.postForm("/admin/settings", form + csrf);

            assertThat(page.statusCode()).as(form).isEqualTo(200);
            assertThat(page.body()).as(form).contains("field-error");
        }
    }

    /** Sends the request exactly as written, without a body, and returns the whole response. */
    private String raw(String requestLine, String... headers) throws IOException {
        return send(requestLine, "", headers);
    }

    private String send(String requestLine, String body, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        if (!body.isEmpty()) {
            request.append("Content-Length: ").append(body.length()).append("\r\n");
        }
        request.append("\r\n").append(body);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
