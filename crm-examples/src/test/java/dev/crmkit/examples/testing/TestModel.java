package dev.crmkit.examples.testing;

import dev.crmkit.core.testing.TestEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared test model, {@code shared/models/stories260K.gguf}, found the way crm-agent's
 * tests find it: walking up from the project root. It writes nonsense, but it runs the real native
 * path end to end. Missing, the test skips loudly, and fails under {@code CI=true}.
 */
public final class TestModel {

    private static final String FILE = "stories260K.gguf";

    private TestModel() {}

    public static Path stories260K() {
        String root = System.getProperty("crmkit.project.root", System.getProperty("user.dir"));
        for (Path directory = Path.of(root).toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve("shared").resolve("models").resolve(FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw TestEnvironment.unavailable(
                FILE, "Put it in a shared/models directory above the project" + " (see shared/models/README.md).");
    }
}
