package dev.crmkit.examples.web;

import dev.crmkit.core.testing.TestEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the accessibility engine, run in the page a browser shows. The build fetches it with the
 * machine's npm into {@code target/axe-core/} (see {@code axe-core.version} in the pom); without it
 * the test is skipped loudly, and fails under {@code CI=true}. The script goes in through WebDriver,
 * which the page's Content-Security-Policy does not govern.
 */
final class Axe {

    private final String script;

    private Axe(String script) {
        this.script = script;
    }

    /** The engine the build unpacked, or a skip (a failure under CI) naming how to get it. */
    static Axe load() {
        Path file = Path.of(System.getProperty("axe-core.script", "target/axe-core/axe.min.js"));
        if (!Files.isRegularFile(file)) {
            throw TestEnvironment.unavailable(
                    "axe-core (" + file + ")",
                    "Put npm on the PATH and build crm-examples again: it fetches axe-core with `npm pack`");
        }
        try {
            return new Axe(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The violations of every WCAG 2.x A/AA rule and of axe's best practices in the page the browser
     * shows, one line each: rule, impact, the element's selector and what is wrong with it.
     */
    List<String> violations(ChromeDriver browser) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.executeScript(script);
        Object found = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + ') on '"
                + " + n.target.join(' ') + ': ' + (n.failureSummary || v.help).replace(/\\s+/g, ' ').trim()))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }
}
