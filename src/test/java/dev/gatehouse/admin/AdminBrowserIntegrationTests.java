package dev.gatehouse.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import dev.gatehouse.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new admin sets up the seed scenario in a real browser (one user, one account, AdministratorAccess assigned),
 * and the new user then signs in and finds the account on the start page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminBrowserIntegrationTests {

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
    void anAdminSetsUpTheSeedScenarioAndTheNewUserSeesTheirAccount() throws Exception {
        open("/signin");
        signIn("admin", "bootstrap-admin-password");
        waitForUrlEnding("/start");

        go(By.linkText("Admin"));
        go(By.linkText("Users"));
        go(By.linkText("Add user"));
        browser.findElement(By.id("username")).sendKeys("carla");
        browser.findElement(By.id("displayName")).sendKeys("Carla Example");
        browser.findElement(By.id("email")).sendKeys("carla@example.com");
        go(By.cssSelector("button[type=submit]:not(.outline)"));
        String password = browser.findElement(By.cssSelector("[data-secret]")).getText();
        assertThat(password).hasSize(20);

        go(By.linkText("AWS accounts"));
        go(By.linkText("Register account"));
        browser.findElement(By.id("accountId")).sendKeys("444455556666");
        browser.findElement(By.id("name")).sendKeys("Sandbox");
        browser.findElement(By.id("email")).sendKeys("aws-sandbox@example.com");
        go(By.cssSelector("form.admin-form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Account Sandbox (444455556666) registered.");

        go(By.linkText("Permission sets"));
        go(By.linkText("AdministratorAccess"));
        go(By.cssSelector("form.admin-form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Permission set AdministratorAccess created.");

        go(By.linkText("AWS accounts"));
        go(By.linkText("Sandbox"));
        browser.findElement(By.name("find")).sendKeys("carla");
        go(By.cssSelector("button[name=search]"));
        assertThat(browser.findElements(By.cssSelector("#assign-users label"))).extracting(WebElement::getText)
                .containsExactly("carla (Carla Example)");
        browser.findElement(By.xpath("//fieldset[@id='assign-users']//label[span='carla (Carla Example)']/input")).click();
        browser.findElement(By.xpath("//form[contains(@class,'assign')]//label[span='AdministratorAccess']/input")).click();
        go(By.cssSelector("form.assign > button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("1 assignment(s) created, 0 existed already.");
        screenshot("admin-account-page.png");

        go(By.cssSelector("form[action='/signout'] button"));
        waitForUrlEnding("/signin?signedout");
        signIn("carla", password);
        waitForUrlEnding("/start");
        assertThat(browser.findElement(By.cssSelector(".account-name")).getText()).isEqualTo("Sandbox");
    }

    private void signIn(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        go(By.cssSelector("form[action='/signin'] button"));
    }

    /**
     * Clicks what leads to another page and waits until that page has replaced this one: a click that submits a
     * form returns before the browser has followed the redirect.
     */
    private void go(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Waits until the browser shows a page whose address ends with {@code end}. */
    private void waitForUrlEnding(String end) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(".*" + Pattern.quote(end) + "$"));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }
}
