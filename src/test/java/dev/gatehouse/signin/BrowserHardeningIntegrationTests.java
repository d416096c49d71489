package dev.gatehouse.signin;

import java.net.http.HttpResponse;

import dev.gatehouse.testsupport.BrowserSession;
import dev.gatehouse.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** What a browser sees of Gatehouse over real HTTP: headers, cookies, error pages, who may open what. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@Import(BrowserHardeningIntegrationTests.FailingController.class)
class BrowserHardeningIntegrationTests {

    @Controller
    static class FailingController {
        @GetMapping("/test-failure")
        String fail() {
            throw new IllegalStateException("internal detail that must not leak");
        }
    }

    private static final String[] JSON = {"Accept", "application/json"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        HttpResponse<String> page = new BrowserSession(port).get("/signin");

        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("frame-ancestors 'none'", "script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> plain = new BrowserSession(port).get("/signin");
        HttpResponse<String> proxied = new BrowserSession(port).get("/signin", "X-Forwarded-Proto", "https");

        assertThat(plain.headers().firstValue("Set-Cookie")).get().asString()
                .contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(proxied.headers().firstValue("Set-Cookie")).get().asString()
                .contains("HttpOnly", "SameSite=Lax", "Secure");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=");
    }

    @Test
    void rootLeadsAnonymousBrowsersToSignIn() throws Exception {
        HttpResponse<String> root = new BrowserSession(port).get("/");

        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).get().asString().endsWith("/signin");
    }

    @Test
    void adminPagesAreForbiddenToOtherUsersWithAnErrorPageInTheLayout() throws Exception {
        new TestUsers(jdbc, passwordEncoder).create("dev-user", "developer-password", true);
        BrowserSession developer = new BrowserSession(port);
        developer.signIn("dev-user", "developer-password");
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", SignInIntegrationTests.ADMIN_PASSWORD);

        HttpResponse<String> refused = developer.get("/admin");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Access denied", "Sign out");

        HttpResponse<String> allowed = admin.get("/admin");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.body()).contains("Administration");
    }

    @Test
    void unknownPagesAndFailuresGetFriendlyPagesWithoutInternals() throws Exception {
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", SignInIntegrationTests.ADMIN_PASSWORD);

        HttpResponse<String> missing = admin.get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found");

        for (String badLink : new String[] { "/admin/accounts/999999999999", "/admin/users/not-a-uuid" }) {
            HttpResponse<String> page = admin.get(badLink);
            assertThat(page.statusCode()).as(badLink).isIn(400, 404);
            assertThat(page.headers().firstValue("Content-Type")).as(badLink).get().asString().startsWith("text/html");
            assertThat(page.body()).as(badLink).contains("Back to the start page");
        }

        HttpResponse<String> failure = admin.get("/test-failure");
        assertThat(failure.statusCode()).isEqualTo(500);
        assertThat(failure.body()).contains("Something went wrong")
                .doesNotContain("internal detail", "IllegalStateException", "at dev.gatehouse");
    }

    @Test
    void healthIsPublicAndOtherActuatorEndpointsNeedAnAdmin() throws Exception {
        BrowserSession anonymous = new BrowserSession(port);
        assertThat(anonymous.get("/actuator/health", JSON).statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/liveness", JSON).body()).contains("UP");
        assertThat(anonymous.get("/actuator/health/readiness", JSON).body()).contains("UP");
        assertThat(anonymous.get("/actuator/health", JSON).body()).doesNotContain("components");
        assertThat(anonymous.get("/actuator/info", JSON).statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/actuator/metrics", JSON).statusCode()).isEqualTo(401);

        new TestUsers(jdbc, passwordEncoder).create("ops-user", "operator-password", true);
        BrowserSession user = new BrowserSession(port);
        user.signIn("ops-user", "operator-password");
        assertThat(user.get("/actuator/metrics", JSON).statusCode()).isEqualTo(403);

        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", SignInIntegrationTests.ADMIN_PASSWORD);
        assertThat(admin.get("/actuator/metrics", JSON).statusCode()).isEqualTo(200);
    }
}
