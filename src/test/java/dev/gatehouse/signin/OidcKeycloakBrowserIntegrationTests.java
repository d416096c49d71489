package dev.gatehouse.signin;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.gatehouse.testsupport.AuditRows;
import dev.gatehouse.testsupport.HeadlessChromium;
import dev.gatehouse.testsupport.KeycloakExtension;
import dev.gatehouse.testsupport.KeycloakServer;
import dev.gatehouse.testsupport.TestAccess;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through a real Keycloak in a real browser: Keycloak's own login form, back to the start page with
 * the accounts of the user's Keycloak group, admin rights from a Keycloak group, sign-out of both, and group
 * changes in Keycloak taking effect at the next sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(KeycloakExtension.class)
@Import(OidcKeycloakBrowserIntegrationTests.SignInEvents.class)
class OidcKeycloakBrowserIntegrationTests {

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        provider(registry, "keycloak", "Keycloak", KeycloakServer.CLIENT_ID, KeycloakServer.CLIENT_SECRET);
        provider(registry, "keycloak-consent", "Keycloak with consent", KeycloakServer.CONSENT_CLIENT_ID,
                KeycloakServer.CONSENT_CLIENT_SECRET);
        provider(registry, "keycloak-invited", "Keycloak for invited users", KeycloakServer.CLIENT_ID,
                KeycloakServer.CLIENT_SECRET);
        registry.add("gatehouse.signin.oidc.keycloak.admin-groups", () -> "platform-admins");
        registry.add("gatehouse.signin.oidc.keycloak-invited.auto-create-users", () -> "false");
        registry.add("gatehouse.signin.oidc.keycloak-consent.admin-groups", () -> "platform-admins");
    }

    private static void provider(DynamicPropertyRegistry registry, String id, String name, String clientId,
            String secret) {
        String registration = "spring.security.oauth2.client.registration." + id;
        registry.add(registration + ".client-id", () -> clientId);
        registry.add(registration + ".client-secret", () -> secret);
        registry.add(registration + ".client-name", () -> name);
        registry.add(registration + ".scope", () -> "openid,profile,email");
        registry.add("spring.security.oauth2.client.provider." + id + ".issuer-uri",
                () -> KeycloakExtension.server().issuer());
    }

    @TestConfiguration
    static class SignInEvents {
        final List<Object> principals = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AuthenticationSuccessEvent event) {
            principals.add(event.getAuthentication().getPrincipal());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignInEvents events;

    ChromeDriver browser;
    WebDriverWait wait;
    TestAccess data;
    String run;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        data = new TestAccess(jdbc);
        run = UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDeveloperSignsInAtKeycloakSeesTheGroupsAccountsAndSignsOutOfBoth() {
        String account = assignToProviderGroup("developers", "Sandbox " + run, "Developer" + run);

        browser.get(gatehouse("/start"));
        wait.until(ExpectedConditions.urlContains("/signin"));
        signInAtKeycloak("Keycloak", "grace", "grace-keycloak-password");

        awaitStartPage();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Grace Hopper");
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).isEqualTo("grace");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sandbox " + run, account,
                "Developer" + run);
        assertThat(browser.findElements(By.linkText("Admin"))).isEmpty();
        assertThat(events.principals).anySatisfy(principal -> assertThat(principal)
                .isInstanceOfSatisfying(SignedInUser.class, user -> assertThat(user.username()).isEqualTo("grace")));
        assertThat(auditedSignIns("SignIn", "grace")).contains("{\"method\":\"oidc:keycloak\"}");

        browser.get(gatehouse("/admin"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Access denied");

        browser.get(gatehouse("/start"));
        browser.findElement(By.cssSelector("form[action='/signout'] button")).click();
        wait.until(ExpectedConditions.urlToBe(gatehouse("/signin?signedout")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You have signed out.");

        browser.findElement(By.linkText("Sign in with Keycloak")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        assertThat(browser.getCurrentUrl()).as("Keycloak asks for the password again").startsWith(keycloak());
    }

    @Test
    void aPlatformAdminAtKeycloakReachesTheAdminPages() {
        browser.get(gatehouse("/signin"));
        signInAtKeycloak("Keycloak", "ada", "ada-keycloak-password");
        awaitStartPage();

        browser.findElement(By.linkText("Admin")).click();
        wait.until(ExpectedConditions.urlToBe(gatehouse("/admin")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Administration");
    }

    @Test
    void removingTheUserFromTheGroupInKeycloakRemovesTheAccessAtTheNextSignIn() {
        String username = "temp-" + run;
        KeycloakExtension.server().createUser(username, "temp-password-" + run, "/developers");
        assignToProviderGroup("developers", "Staging " + run, "Tester" + run);

        browser.get(gatehouse("/signin"));
        signInAtKeycloak("Keycloak", username, "temp-password-" + run);
        awaitStartPage();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Staging " + run);
        signOut();

        KeycloakExtension.server().removeFromGroup(username, "developers");
        browser.findElement(By.linkText("Sign in with Keycloak")).click();
        signInAtKeycloakForm(username, "temp-password-" + run);
        awaitStartPage();

        assertThat(browser.findElement(By.tagName("main")).getText())
                .doesNotContain("Staging " + run)
                .contains("You have no AWS access yet");
    }

    @Test
    void aUserDisabledInGatehouseIsRefusedThoughKeycloakSaysYes() {
        String username = "off-" + run;
        KeycloakExtension.server().createUser(username, "off-password-" + run, "/developers");
        browser.get(gatehouse("/signin"));
        signInAtKeycloak("Keycloak", username, "off-password-" + run);
        awaitStartPage();
        signOut();

        jdbc.update("update directory_users set active = false where username_key = ?", username);
        browser.findElement(By.linkText("Sign in with Keycloak")).click();
        signInAtKeycloakForm(username, "off-password-" + run);

        wait.until(ExpectedConditions.urlContains("/signin?error=disabled"));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("This user is disabled. Ask an administrator to enable it.");
        assertThat(auditedSignIns("SignInFailed", null)).contains("{\"method\":\"oidc:keycloak\",\"reason\":\"disabled\"}");
        browser.get(gatehouse("/start"));
        assertThat(browser.getCurrentUrl()).isEqualTo(gatehouse("/signin"));
    }

    @Test
    void withoutAutoCreateOnlyAUserCreatedInGatehouseBeforehandSignsIn() {
        String username = "new-" + run;
        KeycloakExtension.server().createUser(username, "new-password-" + run);
        browser.get(gatehouse("/signin"));
        signInAtKeycloak("Keycloak for invited users", username, "new-password-" + run);

        wait.until(ExpectedConditions.urlContains("/signin?error=oidc-not-provisioned"));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).isEqualTo("There is no Gatehouse "
                + "user “" + username + "” for your Keycloak for invited users account. Ask an administrator to create it.");
        assertThat(jdbc.queryForObject("select count(*) from directory_users where username_key = ?", Integer.class,
                username)).isZero();

        data.user(username, true);
        browser.findElement(By.linkText("Sign in with Keycloak for invited users")).click();
        awaitStartPage();
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).isEqualTo(username);
    }

    @Test
    void declinedConsentShowsKeycloaksAnswerAndGivenConsentSignsInWithGroupNames() {
        browser.get(gatehouse("/signin"));
        signInAtKeycloak("Keycloak with consent", "ada", "ada-keycloak-password");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("kc-cancel"))).click();

        wait.until(ExpectedConditions.urlContains("/signin?error=oidc-denied"));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .startsWith("Keycloak with consent did not let you sign in to Gatehouse (")
                .contains("access_denied", "If you declined to share your account, sign in again and allow it");

        signInAtKeycloak("Keycloak with consent", "ada", "ada-keycloak-password");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("kc-cancel")));
        browser.findElement(By.id("kc-login")).click();
        awaitStartPage();
        assertThat(browser.findElements(By.linkText("Admin"))).as("platform-admins sent as a plain name").hasSize(1);
    }

    private String assignToProviderGroup(String group, String accountName, String permissionSet) {
        String accountId = String.valueOf(200_000_000_000L + Math.abs(run.hashCode()) % 100_000_000_000L);
        data.account(accountId, accountName, "aws");
        data.assignToGroup(data.providerGroup(group, "keycloak"), accountId, data.permissionSet(permissionSet, "PT1H", null));
        return accountId;
    }

    /** The details of the audit trail's events of one action, for one actor or (null) for no one known. */
    private List<String> auditedSignIns(String action, @Nullable String username) {
        new AuditRows(jdbc).awaitRecorded();
        return username == null
                ? jdbc.queryForList("select details from audit_events where action = ? and actor_username is null",
                        String.class, action)
                : jdbc.queryForList("select details from audit_events where action = ? and actor_username = ?",
                        String.class, action, username);
    }

    private void signInAtKeycloak(String providerName, String username, String password) {
        browser.findElement(By.linkText("Sign in with " + providerName)).click();
        signInAtKeycloakForm(username, password);
    }

    private void signInAtKeycloakForm(String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        assertThat(browser.getCurrentUrl()).startsWith(keycloak());
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }

    /** The start page, where signing in lands, at its clean address. */
    private void awaitStartPage() {
        wait.until(ExpectedConditions.urlToBe(gatehouse("/start")));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form[action='/signout'] button")).click();
        wait.until(ExpectedConditions.urlToBe(gatehouse("/signin?signedout")));
    }

    private String gatehouse(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static String keycloak() {
        return KeycloakExtension.server().issuer();
    }
}
