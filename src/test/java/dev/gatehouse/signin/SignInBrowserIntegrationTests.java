package dev.gatehouse.signin;

import dev.gatehouse.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out in a real browser, the way a new user first meets Gatehouse. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserIntegrationTests {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdminSignsInLandsOnTheStartPageAndSignsOut() {
        browser.get("http://127.0.0.1:" + port + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/signin");

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("wrong password");
        browser.findElement(By.cssSelector("form[action='/signin'] button")).click();
        HeadlessChromium.waitForPage(browser, "/signin?error=failed");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Incorrect username or password.");

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("bootstrap-admin-password");
        browser.findElement(By.cssSelector("form[action='/signin'] button")).click();
        HeadlessChromium.waitForPage(browser, "/start");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, admin");

        browser.findElement(By.cssSelector("form[action='/signout'] button")).click();
        HeadlessChromium.waitForPage(browser, "/signin?signedout");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You have signed out.");
        browser.get("http://127.0.0.1:" + port + "/start");
        assertThat(browser.getCurrentUrl()).endsWith("/signin");
    }
}
