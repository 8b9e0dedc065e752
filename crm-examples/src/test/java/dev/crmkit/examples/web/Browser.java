package dev.crmkit.examples.web;

import dev.crmkit.core.testing.TestEnvironment;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, both from /usr/bin: no tool ever
 * downloads a browser or a driver. Where they are missing the test is skipped loudly, and fails
 * under {@code CI=true}.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {}

    static ChromeDriver start(Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw TestEnvironment.unavailable(
                    "Chromium", "Install Debian's browser and driver: apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Logs in through the login form as {@link ApiClient#ADMIN}, as a person would, and waits for the dashboard. */
    static void logIn(ChromeDriver driver, int port) {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(ApiClient.ADMIN);
        driver.findElement(By.id("password")).sendKeys(ApiClient.ADMIN_PASSWORD);
        clickAndWaitForNextPage(driver, driver.findElement(By.id("log-in")));
        if (driver.findElements(By.id("log-out")).isEmpty()) {
            throw new IllegalStateException("the login failed: " + driver.getCurrentUrl());
        }
    }

    /**
     * Clicks a button that submits a form and waits until the next page has loaded: a click returns
     * before the navigation, and reading the page too early finds the old one (or none).
     */
    static void clickAndWaitForNextPage(ChromeDriver driver, WebElement button) {
        waitForNextPage(driver, () -> button.click());
    }

    /**
     * Does what navigates (a click, a script) and waits until another document has loaded. The old
     * document is marked by a script variable that no new document carries; asking an old element
     * whether it went stale instead races the navigation, and Chromium then answers "Node with given
     * id does not belong to the document" rather than "stale element".
     */
    static void waitForNextPage(ChromeDriver driver, Runnable navigation) {
        driver.executeScript("window.crmkitOldPage = true");
        navigation.run();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(page -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.crmkitOldPage === undefined && document.readyState === 'complete'")));
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
