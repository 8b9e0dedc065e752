package dev.crmkit.core.testing;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a test does when something it needs is missing: skip loudly on a developer's machine,
 * fail under {@code CI=true}, where a skipped database or model test would hide a regression.
 */
public final class TestEnvironment {

    private static final Logger log = LoggerFactory.getLogger(TestEnvironment.class);

    private TestEnvironment() {}

    /** True when the environment variable {@code CI} is {@code true}. */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Skips the current test (or fails it under CI) because {@code what} is unavailable.
     *
     * @param what the missing thing, e.g. "PostgreSQL"
     * @param howToProvide how a developer makes it available
     */
    public static RuntimeException unavailable(String what, String howToProvide) {
        String message = "*** " + what + " is not available, so tests that need it cannot run. " + howToProvide;
        if (isCi()) {
            throw new IllegalStateException(message + " (CI=true: a test that would skip fails instead)");
        }
        log.warn(message);
        Assumptions.abort(message);
        return new IllegalStateException("unreachable");
    }
}
