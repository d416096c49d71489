package dev.gatehouse.signin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gatehouse.testsupport.ClockAndEventsConfiguration;
import dev.gatehouse.testsupport.MutableClock;
import dev.gatehouse.testsupport.TestMfaPolicy;
import dev.gatehouse.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static dev.gatehouse.signin.MfaSignInIntegrationTests.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** After a user set up an authenticator app and got recovery codes, no table holds either in the clear. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockAndEventsConfiguration.class)
class MfaAtRestIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    @AfterEach
    void backToThePropertyPolicy() {
        TestMfaPolicy.forget(jdbc);
    }

    @Test
    void theDatabaseHoldsNoPlainSeedAndNoPlainRecoveryCode() throws Exception {
        TestMfaPolicy.store(jdbc, "always", "totp,webauthn", "require-registration");
        String username = "at-rest-" + UUID.randomUUID().toString().substring(0, 8);
        new TestUsers(jdbc, passwordEncoder).create(username, PASSWORD, true);
        MfaBrowser browser = new MfaBrowser(port, clock);
        browser.signIn(username, PASSWORD);
        MfaBrowser.Enrolled app = browser.enrolAuthenticatorApp("Phone");
        // A second setup left half-way keeps its seed in the session, which is stored in the database too.
        String pendingPage = browser.http.get("/settings/security/authenticator-app").body();

        byte[] seed = Base32.decode(app.secret());
        List<String> forbidden = new ArrayList<>(List.of(app.secret(), app.secret().toLowerCase(Locale.ROOT),
                HexFormat.of().formatHex(seed), Base64.getEncoder().encodeToString(seed),
                new String(seed, StandardCharsets.ISO_8859_1)));
        Matcher pending = Pattern.compile("data-secret>([A-Z2-7 ]+)<").matcher(pendingPage);
        assertThat(pending.find()).isTrue();
        forbidden.add(pending.group(1).replace(" ", ""));
        for (String code : app.recoveryCodes()) {
            forbidden.add(code);
            forbidden.add(code.replace("-", ""));
        }

        String everything = dumpOfEveryTable();

        assertThat(jdbc.queryForObject("select count(*) from mfa_authenticator_apps", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes", Long.class)).isPositive();
        assertThat(forbidden).allSatisfy(secret -> assertThat(everything).doesNotContain(secret));
    }

    /** Every value of every column of every table, text and bytes alike, as one string. */
    private String dumpOfEveryTable() {
        StringBuilder dump = new StringBuilder();
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'PUBLIC'", String.class);
        assertThat(tables).contains("MFA_AUTHENTICATOR_APPS", "MFA_RECOVERY_CODES", "SPRING_SESSION_ATTRIBUTES");
        for (String table : tables) {
            jdbc.query("select * from \"" + table + "\"", row -> {
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    Object value = row.getObject(column);
                    if (value instanceof byte[] bytes) {
                        dump.append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n');
                        dump.append(HexFormat.of().formatHex(bytes)).append('\n');
                    }
                    else if (value != null) {
                        dump.append(value).append('\n');
                    }
                }
            });
        }
        return dump.toString();
    }
}
