package dev.gatehouse.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and chromedriver, headless and kept off the network (loopback bypasses the dead proxy).
 * Where either is missing the calling test skips, or fails under {@code GATEHOUSE_E2E_REQUIRED=true}.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    public static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw RequiredParts.missing("No Chromium: install Debian's chromium and chromium-driver packages");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--proxy-server=http://127.0.0.1:9", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Waits until the browser shows a loaded page whose path (with its query) starts with {@code path}: a click on a
     * link or a button only starts the navigation.
     */
    public static void waitForPage(WebDriver browser, String path) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl()
                .replaceFirst("^https?://[^/]+", "").startsWith(path)
                && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }
}
