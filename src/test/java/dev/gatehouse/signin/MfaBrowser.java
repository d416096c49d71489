package dev.gatehouse.signin;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gatehouse.testsupport.BrowserSession;
import dev.gatehouse.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser going through the MFA pages over real HTTP, with an authenticator app of its own. */
final class MfaBrowser {

    private static final Pattern SECRET = Pattern.compile("data-secret>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code>((?:[a-z2-7]{4}-){3}[a-z2-7]{4})</code>");

    final BrowserSession http;
    private final MutableClock clock;

    MfaBrowser(int port, MutableClock clock) {
        this.http = new BrowserSession(port);
        this.clock = clock;
    }

    /** Where the browser ends up after the password, as the path it is sent to ({@code /start} when it may stay). */
    String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = http.signIn(username, password);
        String location = form.headers().firstValue("Location").orElseThrow();
        if (!location.endsWith("/start")) {
            return path(location);
        }
        return landing();
    }

    /** {@code /start} when the start page opens, else the path it redirects to. */
    String landing() throws IOException, InterruptedException {
        HttpResponse<String> start = http.get("/start");
        return start.statusCode() == 200 ? "/start" : path(start.headers().firstValue("Location").orElseThrow());
    }

    /** Sets up an authenticator app through the pages; returns its secret and the recovery codes page. */
    Enrolled enrolAuthenticatorApp(String name) throws IOException, InterruptedException {
        HttpResponse<String> setup = http.get("/settings/security/authenticator-app");
        assertThat(setup.statusCode()).isEqualTo(200);
        assertThat(setup.body()).contains("src=\"data:image/svg+xml;base64,");
        String base32 = secretOn(setup.body());
        HttpResponse<String> confirmed = post("/settings/security/authenticator-app", setup.body(),
                "name=" + encode(name) + "&code=" + code(base32));
        return new Enrolled(base32, confirmed);
    }

    HttpResponse<String> submitCode(String code) throws IOException, InterruptedException {
        HttpResponse<String> page = http.get("/signin/mfa");
        assertThat(page.statusCode()).isEqualTo(200);
        return post("/signin/mfa", page.body(), "code=" + encode(code));
    }

    HttpResponse<String> post(String path, String pageWithForm, String form) throws IOException, InterruptedException {
        return http.postForm(path, form + "&_csrf=" + encode(BrowserSession.csrfToken(pageWithForm)));
    }

    void signOut() throws IOException, InterruptedException {
        HttpResponse<String> page = http.get("/signin/mfa");
        String body = page.statusCode() == 200 ? page.body() : http.get("/settings/security").body();
        post("/signout", body, "");
    }

    /** The current code of an authenticator app with this secret, as the app on the phone shows it. */
    String code(String base32Secret) {
        return Totp.code(Base32.decode(base32Secret), clock.instant());
    }

    /** Waits for the app's next code, as a user does after using one. */
    String nextCode(String base32Secret) {
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        return code(base32Secret);
    }

    /** The secret an authenticator app's setup page shows as text. */
    static String secretOn(String setupPage) {
        Matcher secret = SECRET.matcher(setupPage);
        assertThat(secret.find()).as("the page shows the secret").isTrue();
        return secret.group(1).replace(" ", "");
    }

    static List<String> recoveryCodes(String page) {
        return RECOVERY_CODE.matcher(page).results().map(match -> match.group(1)).toList();
    }

    /** The path a response redirects to. */
    static String redirect(HttpResponse<String> response) {
        return path(response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "Expected a redirect, got " + response.statusCode())));
    }

    static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    record Enrolled(String secret, HttpResponse<String> response) {
        List<String> recoveryCodes() {
            return MfaBrowser.recoveryCodes(response.body());
        }
    }
}
