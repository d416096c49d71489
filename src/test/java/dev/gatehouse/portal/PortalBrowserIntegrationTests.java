package dev.gatehouse.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dev.gatehouse.credentials.ShellExports;
import dev.gatehouse.testsupport.AwsIntegrationTest;
import dev.gatehouse.testsupport.AwsStandIn;
import dev.gatehouse.testsupport.HeadlessChromium;
import dev.gatehouse.testsupport.PortalFixture;
import dev.gatehouse.testsupport.PortalFixture.EntitledUser;
import dev.gatehouse.testsupport.PortalFixture.PermissionSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal as a new user meets it, in headless Chromium: find the account, get access keys, open the console. */
@AwsIntegrationTest
class PortalBrowserIntegrationTests {

    static final String ACCESS_KEY_ID = "ASIABROWSERSESSION01";
    static final String SECRET = "browser/session+secret=key/0123456789==";
    static final String TOKEN = "IQoJb3JpZ2luX2VjE/browser+session+token/ABC==";

    final AwsStandIn aws = AwsStandIn.get();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    ChromeDriver browser;
    WebDriverWait wait;
    String username;
    String payments;
    String paymentsName;
    String sandboxName;
    PermissionSet deploy;

    @BeforeEach
    void userWithTwoAccounts() {
        aws.reset();
        aws.assumeRoleReturns(ACCESS_KEY_ID, SECRET, TOKEN, Instant.now().plus(1, ChronoUnit.HOURS));
        aws.federationReturns("browser-signin-token");
        PortalFixture fixture = new PortalFixture(jdbc, passwordEncoder);
        paymentsName = "Payments Production";
        sandboxName = "Search Sandbox";
        EntitledUser bea = fixture.entitledUser("bea", paymentsName, "Deploy", "PT1H");
        username = bea.username();
        payments = bea.accountId();
        deploy = bea.permissionSet();
        fixture.assign(username, fixture.account(sandboxName), deploy);
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aUserFiltersOpensTheAccessKeysPopupAndFollowsTheConsoleLink() throws Exception {
        browser.get(base() + "/start");
        signIn();
        assertThat(browser.getCurrentUrl()).matches(".*/start(\\?continue)?");

        browser.findElement(By.id("account-search")).sendKeys("payments pro");
        WebElement paymentsAccount = account(paymentsName);
        wait.until(ExpectedConditions.invisibilityOf(account(sandboxName)));
        assertThat(paymentsAccount.isDisplayed()).isTrue();

        paymentsAccount.findElement(By.tagName("summary")).click();
        paymentsAccount.findElement(By.cssSelector("form[data-credentials] button")).click();
        WebElement popup = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("dialog[open] #credentials-popup")));

        assertThat(popup.findElement(By.id("credentials-title")).getText()).isEqualTo("Get credentials for " + deploy.name());
        assertThat(popup.findElement(By.id("access-key-id")).getText()).isEqualTo(ACCESS_KEY_ID);
        assertThat(popup.findElement(By.id("secret-access-key")).getText()).isEqualTo(SECRET);
        assertThat(popup.findElement(By.id("session-token")).getText()).isEqualTo(TOKEN);
        assertThat(popup.findElement(By.cssSelector("[data-countdown]")).getText()).matches("\\(in 0:5\\d:\\d\\d\\)");
        List<WebElement> tabs = popup.findElements(By.cssSelector("[role=tab]"));
        assertThat(tabs).extracting(WebElement::getText)
                .containsExactly("macOS and Linux", "Windows (Command Prompt)", "PowerShell", "fish");
        assertThat(popup.findElement(By.id("env-posix")).isDisplayed()).isTrue();
        tabs.get(3).click();
        assertThat(popup.findElement(By.id("env-fish")).isDisplayed()).isTrue();
        assertThat(popup.findElement(By.id("env-posix")).isDisplayed()).isFalse();

        String posixLines = popup.findElement(By.id("env-posix")).getAttribute("textContent");
        String fishLines = popup.findElement(By.id("env-fish")).getAttribute("textContent");
        for (Map.Entry<String, String> shell : Map.of("bash", posixLines, "fish", fishLines).entrySet()) {
            assertThat(ShellExports.readBack(shell.getKey(), shell.getValue())).as("pasted into " + shell.getKey())
                    .containsExactly(ACCESS_KEY_ID, SECRET, TOKEN);
        }

        popup.findElement(By.xpath("ancestor::dialog//button[@data-close-dialog]")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id("credentials-popup"), 0));
        assertThat(browser.findElements(By.id("credentials-popup"))).as("the secrets leave the page").isEmpty();

        String consoleLink = paymentsAccount.findElement(By.cssSelector("a[href*='/start/console']")).getAttribute("href");
        HttpResponse<String> redirect = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(consoleLink))
                .header("Cookie", "SESSION=" + browser.manage().getCookieNamed("SESSION").getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).get().asString()
                .startsWith(aws.federationUrl() + "?Action=login&Issuer=");

        browser.get(consoleLink);
        assertThat(browser.getCurrentUrl()).startsWith(aws.federationUrl() + "?Action=login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("AWS console stand-in");
    }

    @Test
    void whenAwsRefusesThePopupExplainsWhatTheAdminMustFix() {
        aws.assumeRoleFails(403, "AccessDenied", "not authorized to perform: sts:AssumeRole");
        browser.get(base() + "/start");
        signIn();
        WebElement account = account(paymentsName);
        account.findElement(By.tagName("summary")).click();
        account.findElement(By.cssSelector("form[data-credentials] button")).click();

        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("dialog[open] section.aws-problem")));
        assertThat(problem.findElement(By.tagName("h1")).getText()).isEqualTo("AWS refused the role");
        assertThat(problem.findElement(By.cssSelector("code.role-arn")).getText())
                .isEqualTo("arn:aws:iam::" + payments + ":role/GatehouseReserved_" + deploy.name());
        assertThat(problem.findElement(By.cssSelector("code.trust-statement")).getText())
                .contains(AwsStandIn.GATEHOUSE_ARN, "sts:SetSourceIdentity");
    }

    @Test
    void aShortcutLinkInAwsFormatLeadsToTheConsoleEvenThroughSignIn() {
        browser.get(base() + "/start/#/console?account_id=" + payments + "&role_name=" + deploy.name()
                + "&destination=" + "https%3A%2F%2Fconsole.aws.amazon.com%2Fs3%2F");
        signIn();

        wait.until(ExpectedConditions.urlContains(aws.federationUrl()));
        assertThat(browser.getCurrentUrl()).contains("Destination=https%3A%2F%2Fconsole.aws.amazon.com%2Fs3%2F");
        assertThat(AwsStandIn.form(aws.stsRequests("AssumeRole").get(0)))
                .containsEntry("RoleArn", "arn:aws:iam::" + payments + ":role/GatehouseReserved_" + deploy.name());
    }

    @Test
    void withoutJavaScriptAccessKeysIsAPageOfItsOwn() {
        browser.get(base() + "/start");
        signIn();
        WebElement account = account(paymentsName);
        account.findElement(By.tagName("summary")).click();
        browser.executeScript("document.querySelector('form[data-credentials]').submit()");

        List<String> windows = List.copyOf(browser.getWindowHandles());
        browser.switchTo().window(windows.get(windows.size() - 1));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main #credentials-popup")));
        assertThat(browser.getCurrentUrl()).endsWith("/start/credentials");
        assertThat(browser.findElement(By.id("access-key-id")).getText()).isEqualTo(ACCESS_KEY_ID);
    }

    @Test
    void anAccountIdTypedAsTheAwsConsoleShowsItFindsTheAccount() {
        browser.get(base() + "/start");
        signIn();

        String dashed = payments.substring(0, 4) + "-" + payments.substring(4, 8) + "-" + payments.substring(8);
        browser.findElement(By.id("account-search")).sendKeys(dashed);

        wait.until(ExpectedConditions.invisibilityOf(account(sandboxName)));
        assertThat(account(paymentsName).isDisplayed()).isTrue();
    }

    private void signIn() {
        wait.until(ExpectedConditions.urlContains("/signin"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PortalFixture.PASSWORD);
        browser.findElement(By.cssSelector("form[method=post] button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }

    private WebElement account(String name) {
        return browser.findElement(By.xpath("//details[contains(@class,'account')][.//span[@class='account-name' and "
                + "text()='" + name + "']]"));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
