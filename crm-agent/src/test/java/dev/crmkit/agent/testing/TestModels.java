package dev.crmkit.agent.testing;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crmkit.agent.gguf.ModelShape;
import dev.crmkit.agent.gguf.RandomWeightsModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Model files for tests: the shared stories260K, and tiny random-weight models tests write themselves. */
public final class TestModels {

    /** A ChatML template as Qwen-style models ship it. */
    public static final String CHATML_JINJA = "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n'"
            + " + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
    /** A Llama-3-style template. */
    public static final String LLAMA3_JINJA = "{{ bos_token }}{% for message in messages %}{{ '<|start_header_id|>' "
            + "+ message['role'] + '<|end_header_id|>\\n\\n' + message['content'] | trim + '<|eot_id|>' }}{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}";

    private static final String STORIES = "stories260K.gguf";

    private TestModels() {}

    /**
     * @return stories260K from the project's {@code shared/models}; skips the test where it is absent,
     *         except under {@code CI=true}, where a missing model fails it
     */
    public static Path stories260K() {
        Optional<Path> model =
                sharedModels().map(directory -> directory.resolve(STORIES)).filter(Files::isRegularFile);
        if (model.isEmpty()) {
            String message = STORIES + " not found in a shared/models directory above the project; "
                    + "native tests on it are skipped (see shared/models/README.md)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true, where nothing may skip: " + message);
            }
            assumeTrue(false, message);
        }
        return model.get();
    }

    /** Walks up from the project root (or the working directory) to the first {@code shared/models}. */
    private static Optional<Path> sharedModels() {
        String root = System.getProperty("crmkit.project.root", System.getProperty("user.dir"));
        for (Path directory = Path.of(root).toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve("shared").resolve("models");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** @return a tiny random-weight llama with a ChatML template whose markers are control tokens */
    public static Path tinyChatMlModel(Path directory) {
        Path file = directory.resolve("tiny-chatml.gguf");
        RandomWeightsModel.of(ModelShape.tinyLlama())
                .chatTemplate(CHATML_JINJA)
                .controlTokens(List.of("<|im_start|>", "<|im_end|>"))
                .eosToken("<|im_end|>")
                .write(file);
        return file;
    }

    /** @return a tiny random-weight llama with a Llama-3-style template whose markers are control tokens */
    public static Path tinyLlama3Model(Path directory) {
        Path file = directory.resolve("tiny-llama3.gguf");
        RandomWeightsModel.of(ModelShape.tinyLlama())
                .chatTemplate(LLAMA3_JINJA)
                .controlTokens(List.of("<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"))
                .eosToken("<|eot_id|>")
                .write(file);
        return file;
    }
}
