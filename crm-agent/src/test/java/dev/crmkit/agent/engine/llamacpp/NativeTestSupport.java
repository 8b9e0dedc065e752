package dev.crmkit.agent.engine.llamacpp;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What the native tests need from the build: crmkit's libraries in the jar, the llama.cpp headers, gcc. */
final class NativeTestSupport {

    private NativeTestSupport() {}

    /** Skips the test where crmkit's libraries are absent; under {@code CI=true} fails it instead. */
    static void requireLibraries() {
        require(
                NativeLibraries.bundled(),
                "crm-agent was built without npm, so crmkit's llama.cpp libraries are absent");
    }

    /** @return the directory holding {@code include/llama.h} and {@code ggml/include}, fetched by the build */
    static Path headers() {
        Optional<Path> headers = Optional.ofNullable(System.getProperty("crmkit.llama.headers"))
                .map(Path::of)
                .filter(dir -> Files.isRegularFile(dir.resolve("include/llama.h")));
        require(headers.isPresent(), "the llama.cpp v0.5.0 headers were not fetched by the build (npm or git missing)");
        return headers.get();
    }

    /** @return the C compiler */
    static String gcc() {
        Optional<Path> gcc = Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(path -> java.util.Arrays.stream(path.split(java.io.File.pathSeparator)))
                .map(dir -> Path.of(dir, "gcc"))
                .filter(Files::isExecutable)
                .findFirst();
        require(gcc.isPresent(), "gcc is not on the PATH");
        return gcc.get().toString();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true, where nothing may skip: " + message);
            }
            assumeTrue(false, message);
        }
    }
}
