package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crmkit.agent.engine.llamacpp.NativeLibraries;
import java.util.Optional;

/** Tests on crmkit's engine skip where its libraries cannot load, and fail so under {@code CI=true}. */
final class EngineRequirements {

    private EngineRequirements() {}

    static void requireCrmkitEngine() {
        Optional<String> unavailable = NativeLibraries.unavailableReason();
        if (unavailable.isPresent()) {
            String message = "crmkit's llama.cpp engine is unavailable: " + unavailable.get();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true, where nothing may skip: " + message);
            }
            assumeTrue(false, message);
        }
    }
}
