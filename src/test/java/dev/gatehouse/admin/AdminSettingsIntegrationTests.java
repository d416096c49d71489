package dev.gatehouse.admin;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.settings.RuntimeSettingsChanged;
import dev.gatehouse.testsupport.BrowserSession;
import dev.gatehouse.testsupport.ClockAndEventsConfiguration;
import dev.gatehouse.testsupport.RecordedEvents;
import dev.gatehouse.testsupport.TestMfaPolicy;
import dev.gatehouse.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's settings page: the MFA policy from the properties until saved, then the stored one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockAndEventsConfiguration.class)
class AdminSettingsIntegrationTests {

    static final String ADMIN_PASSWORD = "bootstrap-admin-password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    RecordedEvents events;

    BrowserSession admin;

    @BeforeEach
    void signInAsAdmin() throws Exception {
        TestMfaPolicy.forget(jdbc);
        admin = new BrowserSession(port);
        admin.signIn("admin", ADMIN_PASSWORD);
        events.clear();
    }

    @AfterEach
    void backToThePropertyPolicy() {
        TestMfaPolicy.forget(jdbc);
    }

    @Test
    void showsThePropertiesUntilTheFirstSave() throws Exception {
        HttpResponse<String> page = admin.get("/admin/settings");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("From the gatehouse.mfa.* configuration properties until you save.",
                "href=\"/admin/settings\" class=\"active\"");
        assertThat(page.body()).containsPattern("value=\"NEVER\"[^>]*checked");
        assertThat(page.body()).containsPattern("value=\"REQUIRE_REGISTRATION\"[^>]*checked");
    }

    @Test
    void savingStoresThePolicyWhichThenWinsOverTheProperties() throws Exception {
        HttpResponse<String> saved = save("prompt=CONTEXT_CHANGE&methods=WEBAUTHN&withoutDevice=BLOCK");

        assertThat(saved.headers().firstValue("Location")).get().asString().endsWith("/admin/settings");
        HttpResponse<String> page = admin.get("/admin/settings");
        assertThat(page.body()).contains("Settings saved.", "Saved by admin at");
        assertThat(page.body()).containsPattern("value=\"CONTEXT_CHANGE\"[^>]*checked")
                .containsPattern("value=\"WEBAUTHN\"[^>]*checked").containsPattern("value=\"BLOCK\"[^>]*checked")
                .doesNotContainPattern("value=\"TOTP\"[^>]*checked");
        assertThat(jdbc.queryForMap("select setting_value, updated_by from runtime_settings where setting_key = ?",
                "mfa.prompt")).containsEntry("SETTING_VALUE", "context-change").containsEntry("UPDATED_BY", "admin");
        assertThat(events.of(RuntimeSettingsChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.before()).containsEntry("mfa.prompt", "never");
            assertThat(changed.after()).containsExactlyInAnyOrderEntriesOf(Map.of("mfa.prompt", "context-change",
                    "mfa.methods", "webauthn", "mfa.without-device", "block"));
            assertThat(changed.origin().username()).isEqualTo("admin");
        });
    }

    @Test
    void refusesAPolicyWithoutMethodsUnlessThePromptIsNever() throws Exception {
        HttpResponse<String> refused = save("prompt=ALWAYS&withoutDevice=ALLOW");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Choose at least one type, or set the prompt to never.");
        assertThat(jdbc.queryForObject("select count(*) from runtime_settings", Long.class)).isZero();

        assertThat(save("prompt=NEVER&withoutDevice=ALLOW").headers().firstValue("Location")).get().asString()
                .endsWith("/admin/settings");
    }

    @Test
    void refusesValuesThatAreNotChoices() throws Exception {
        HttpResponse<String> refused = save("prompt=SOMETIMES&methods=SMS&withoutDevice=ALLOW");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Choose one.", "Choose from the listed types.")
                .doesNotContain("Failed to convert", "java.util", "MfaMethod");
        assertThat(jdbc.queryForObject("select count(*) from runtime_settings", Long.class)).isZero();
    }

    @Test
    void isForAdminsOnly() throws Exception {
        String username = "plain-" + UUID.randomUUID().toString().substring(0, 8);
        new TestUsers(jdbc, passwordEncoder).create(username, "a-long-enough-password", true);
        BrowserSession user = new BrowserSession(port);
        user.signIn(username, "a-long-enough-password");

        assertThat(user.get("/admin/settings").statusCode()).isEqualTo(403);
        String token = BrowserSession.csrfToken(user.get("/start").body());
        assertThat(user.postForm("/admin/settings", "prompt=NEVER&withoutDevice=ALLOW&_csrf=" + token).statusCode())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from runtime_settings", Long.class)).isZero();
    }

    private HttpResponse<String> save(String form) throws Exception {
        String token = BrowserSession.csrfToken(admin.get("/admin/settings").body());
        return admin.postForm("/admin/settings", form + "&_csrf=" + token);
    }
}
