package dev.gatehouse.signin;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import dev.gatehouse.testsupport.HeadlessChromium;
import dev.gatehouse.testsupport.TestMfaPolicy;
import dev.gatehouse.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A passkey registered and used in headless Chromium with its virtual authenticator. WebAuthn needs a secure
 * context and a domain as relying party id, so the browser and {@code gatehouse.portal.url} use localhost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class PasskeyBrowserIntegrationTests {

    private static final int PORT = freePort();
    private static final String BASE = "http://localhost:" + PORT;
    private static final String PASSWORD = "a-long-enough-password";

    @DynamicPropertySource
    static void portalOnLocalhost(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("gatehouse.portal.url", () -> BASE);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    ChromeDriver browser;
    VirtualAuthenticator authenticator;
    WebDriverWait wait;
    String username;

    @BeforeEach
    void aBrowserWithABuiltInAuthenticator() {
        TestMfaPolicy.store(jdbc, "always", "totp,webauthn", "require-registration");
        username = "passkey-" + UUID.randomUUID().toString().substring(0, 8);
        new TestUsers(jdbc, passwordEncoder).create(username, PASSWORD, true);
        browser = HeadlessChromium.start();
        authenticator = browser.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
        TestMfaPolicy.forget(jdbc);
    }

    @Test
    void registersAPasskeyAtSignInAndThenSignsInWithItAlone() {
        browser.get(BASE + "/start");
        signInWithPassword();
        HeadlessChromium.waitForPage(browser, "/signin/mfa");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Set up multi-factor authentication");

        browser.findElement(By.id("passkey-label")).clear();
        browser.findElement(By.id("passkey-label")).sendKeys("Laptop");
        browser.findElement(By.cssSelector("[data-passkey-register]")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Your recovery codes"));
        assertThat(browser.findElements(By.cssSelector("[data-recovery-codes] li"))).hasSize(10);
        assertThat(authenticator.getCredentials()).singleElement()
                .satisfies(credential -> assertThat(credential.isResidentCredential()).isTrue());
        browser.findElement(By.linkText("I have saved them, continue")).click();
        HeadlessChromium.waitForPage(browser, "/start");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Test " + username);

        browser.get(BASE + "/settings/security");
        assertThat(browser.findElement(By.cssSelector("table.devices")).getText()).contains("Laptop",
                "Passkey or security key");
        signOut();

        browser.findElement(By.cssSelector("[data-passkey-signin] [data-passkey-start]")).click();
        HeadlessChromium.waitForPage(browser, "/start");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Test " + username);
        signOut();

        signInWithPassword();
        HeadlessChromium.waitForPage(browser, "/signin/mfa");
        browser.findElement(By.cssSelector("[data-passkey-signin] [data-passkey-start]")).click();
        HeadlessChromium.waitForPage(browser, "/start");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Test " + username);

        browser.get(BASE + "/settings/security");
        browser.findElement(By.linkText("Remove")).click();
        browser.findElement(By.cssSelector("[data-passkey-confirmation] [data-passkey-start]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "The device was removed."));
        assertThat(browser.getCurrentUrl()).isEqualTo(BASE + "/settings/security");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Laptop");
    }

    @Test
    void aPasskeyOfAnotherSiteOrNoneAtAllDoesNotSignIn() {
        browser.get(BASE + "/signin");

        browser.findElement(By.cssSelector("[data-passkey-signin] [data-passkey-start]")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-passkey-error]")));
        assertThat(browser.getCurrentUrl()).isEqualTo(BASE + "/signin");
        browser.get(BASE + "/start");
        assertThat(browser.getCurrentUrl()).isEqualTo(BASE + "/signin");
    }

    private void signInWithPassword() {
        HeadlessChromium.waitForPage(browser, "/signin");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form[action='/signin'] button")).click();
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form[action='/signout'] button")).click();
        HeadlessChromium.waitForPage(browser, "/signin?signedout");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
