package dev.gatehouse.signin;

import java.time.Duration;

import dev.gatehouse.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Incorrect username or password.");

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("bootstrap-admin-password");
        browser.findElement(By.cssSelector("form[action='/signin'] button")).click();
        // The click returns before the browser has followed the form's redirect.
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(".*/start$"));
        assertThat(browser.getCurrentUrl()).endsWith("/start");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, admin");

        browser.findElement(By.cssSelector("form[action='/signout'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(".*/signin\\?signedout$"));
        assertThat(browser.getCurrentUrl()).endsWith("/signin?signedout");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You have signed out.");
        browser.get("http://127.0.0.1:" + port + "/start");
        assertThat(browser.getCurrentUrl()).endsWith("/signin");
    }
}
