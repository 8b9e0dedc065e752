package dev.crmkit.agent.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.engine.EngineException;
import dev.crmkit.agent.engine.EngineRequest;
import dev.crmkit.agent.engine.EngineResult;
import dev.crmkit.agent.engine.Prompt;
import dev.crmkit.agent.gguf.ModelShape;
import dev.crmkit.agent.gguf.RandomWeightsModel;
import dev.crmkit.agent.testing.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crmkit's engine on stories260K: generation, prefix reuse, and a prefix restored by a fresh instance. */
class NativeEngineTest {

    private static final String PREFIX = "Once upon a time, there was a little girl named Lily. She loved to play";

    @BeforeEach
    void libraries() {
        NativeTestSupport.requireLibraries();
    }

    @Test
    void should_generate_and_reuse_the_shared_beginning_of_the_previous_prompt() {
        try (NativeEngine engine =
                NativeEngine.load(TestModels.stories260K(), new NativeEngine.Options(2, 512, null))) {
            List<String> pieces = new ArrayList<>();
            EngineResult first = engine.generate(greedy(PREFIX + " outside."), pieces::add, () -> false);
            EngineResult second = engine.generate(greedy(PREFIX + " with her dog."), piece -> {}, () -> false);

            assertThat(first.generatedTokens()).isEqualTo(24);
            assertThat(first.text()).isNotBlank().isEqualTo(String.join("", pieces));
            assertThat(second.cachedTokens())
                    .as("the tokens of the shared beginning were not evaluated again")
                    .isGreaterThanOrEqualTo(engine.tokenize(PREFIX, true).length)
                    .isLessThan(second.promptTokens());
            assertThat(engine.cpuVariant()).isNotEqualTo("unknown");
            assertThat(engine.description()).containsEntry("cpu.variant", engine.cpuVariant());
            assertThat(engine.description())
                    .as("stories260K's heads have 8 dimensions: flash attention would make it 4-5x slower")
                    .containsEntry("flash.attention", "off");
        }
    }

    @Test
    void should_leave_flash_attention_to_llama_cpp_for_attention_heads_of_64_dimensions(@TempDir Path directory) {
        Path qwen = directory.resolve("qwen25-shape.gguf");
        RandomWeightsModel.of(ModelShape.qwen25HalfB().shrunk(1, 512)).write(qwen);

        try (NativeEngine engine = NativeEngine.load(qwen, new NativeEngine.Options(1, 512, null))) {
            assertThat(engine.description()).containsEntry("flash.attention", "auto");
        }
    }

    @Test
    void should_restore_a_saved_prefix_in_a_fresh_instance_and_generate_the_same_tokens(@TempDir Path cache)
            throws IOException {
        Path model = TestModels.stories260K();
        String prompt = PREFIX + " in the park.";
        String expected;
        try (NativeEngine plain = NativeEngine.load(model, new NativeEngine.Options(2, 512, null))) {
            expected = plain.generate(greedy(prompt), piece -> {}, () -> false).text();
        }
        try (NativeEngine saving = NativeEngine.load(model, new NativeEngine.Options(2, 512, cache))) {
            assertThat(saving.preparePrefix(Prompt.plain(PREFIX)))
                    .as("nothing saved yet")
                    .isFalse();
        }
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.filter(file -> file.toString().endsWith(".kv"))).hasSize(1);
        }

        try (NativeEngine restored = NativeEngine.load(model, new NativeEngine.Options(2, 512, cache))) {
            assertThat(restored.preparePrefix(Prompt.plain(PREFIX)))
                    .as("restored from disk")
                    .isTrue();
            EngineResult result = restored.generate(greedy(prompt), piece -> {}, () -> false);

            assertThat(result.cachedTokens()).isEqualTo(restored.tokenize(PREFIX, true).length);
            assertThat(result.text()).isEqualTo(expected);
        }
    }

    @Test
    void should_grow_a_small_allocation_keeping_the_cached_prefix_and_generate_what_a_full_one_does() {
        Path model = TestModels.stories260K();
        String prompt = PREFIX + " in the garden with her friends.";
        EngineRequest request = new EngineRequest(Prompt.plain(prompt), null, 300, 0f, 1, List.of());
        String expected = wholeAllocationText(model, 2048, request, true);

        try (NativeEngine engine = NativeEngine.load(model, new NativeEngine.Options(1, 2048, 256, null))) {
            assertThat(engine.allocatedContextSize())
                    .as("llama.cpp allocates at least 256")
                    .isEqualTo(256);
            assertThat(engine.contextSize())
                    .as("the window does not depend on the allocation")
                    .isEqualTo(2048);
            engine.preparePrefix(Prompt.plain(PREFIX));
            int prefixTokens = engine.tokenize(PREFIX, true).length;
            assertThat(engine.allocatedContextSize())
                    .as("the prefix fits the first allocation")
                    .isEqualTo(256);

            EngineResult result = engine.generate(request, piece -> {}, () -> false);

            assertThat(engine.allocatedContextSize())
                    .as("grown for the prompt and the tokens it generated")
                    .isGreaterThanOrEqualTo(result.promptTokens() + result.generatedTokens())
                    .isLessThanOrEqualTo(2048);
            assertThat(result.cachedTokens())
                    .as("the prefix's KV entries moved to the larger context")
                    .isEqualTo(prefixTokens);
            assertThat(result.generatedTokens()).isPositive();
            assertThat(result.text()).isEqualTo(expected);
        }
    }

    @Test
    void should_grow_while_generating_when_a_reply_outruns_the_allocation() {
        Path model = TestModels.stories260K();
        EngineRequest request = new EngineRequest(Prompt.plain(PREFIX), null, 700, 0f, 1, List.of());
        String expected = wholeAllocationText(model, 2048, request, false);

        try (NativeEngine engine = NativeEngine.load(model, new NativeEngine.Options(1, 2048, 512, null))) {
            int[] pieces = {0};
            EngineResult stopped = engine.generate(request, piece -> pieces[0]++, () -> pieces[0] >= 20);
            assertThat(stopped.cancelled()).isTrue();
            assertThat(engine.allocatedContextSize())
                    .as("a reply that ends early does not reserve its whole output budget of 700 tokens")
                    .isEqualTo(512);

            EngineResult result = engine.generate(request, piece -> {}, () -> false);

            assertThat(result.promptTokens() + 256)
                    .as("the prompt and the reply's first 256 tokens fit the allocation: no growth before generating")
                    .isLessThanOrEqualTo(512);
            assertThat(result.promptTokens() + result.generatedTokens())
                    .as("the reply outran the 512 allocated tokens")
                    .isGreaterThan(512);
            assertThat(engine.allocatedContextSize()).isEqualTo(1024);
            assertThat(result.text())
                    .as("growing mid-reply changes nothing of it")
                    .isEqualTo(expected);
        }
    }

    @Test
    void should_refuse_a_request_beyond_the_window_without_growing_past_it() {
        try (NativeEngine engine =
                NativeEngine.load(TestModels.stories260K(), new NativeEngine.Options(1, 1024, 256, null))) {
            EngineRequest tooMuch = new EngineRequest(Prompt.plain(PREFIX), null, 1020, 0f, 1, List.of());

            assertThatThrownBy(() -> engine.generate(tooMuch, piece -> {}, () -> false))
                    .isInstanceOf(EngineException.class)
                    .hasMessageContaining("do not fit the context of 1024 tokens")
                    .extracting(e -> ((EngineException) e).reason())
                    .isEqualTo(EngineException.Reason.CONTEXT_OVERFLOW);
            assertThat(engine.allocatedContextSize()).isEqualTo(256);

            EngineResult fits = engine.generate(
                    new EngineRequest(Prompt.plain(PREFIX), null, 400, 0f, 1, List.of()), piece -> {}, () -> false);
            assertThat(fits.generatedTokens()).isPositive();
            assertThat(engine.allocatedContextSize())
                    .isGreaterThanOrEqualTo(fits.promptTokens() + fits.generatedTokens())
                    .isLessThanOrEqualTo(1024);
        }
    }

    @Test
    void should_let_a_deferred_allocation_be_sized_by_the_prefix_and_generate_what_a_full_one_does() {
        Path model = TestModels.stories260K();
        String prompt = PREFIX + " with a red ball.";
        EngineRequest request = new EngineRequest(Prompt.plain(prompt), null, 200, 0f, 1, List.of());
        String expected = wholeAllocationText(model, 4096, request, true);

        try (NativeEngine engine = NativeEngine.load(model, new NativeEngine.Options(1, 4096, 0, null))) {
            assertThat(engine.allocatedContextSize())
                    .as("nothing allocated at load")
                    .isZero();
            assertThat(engine.tokens("Lily"))
                    .as("the vocabulary needs no context")
                    .isNotEmpty();

            engine.preparePrefix(Prompt.plain(PREFIX));
            int prefixTokens = engine.tokenize(PREFIX, true).length;
            assertThat(engine.allocatedContextSize())
                    .as("the prefix and 1,024 tokens for a first exchange, in steps of 1,024")
                    .isEqualTo(((prefixTokens + 1024 + 1023) / 1024) * 1024)
                    .isLessThan(4096);

            EngineResult result = engine.generate(request, piece -> {}, () -> false);
            assertThat(result.cachedTokens()).isEqualTo(prefixTokens);
            assertThat(result.text()).isEqualTo(expected);
        }
        try (NativeEngine engine = NativeEngine.load(model, new NativeEngine.Options(1, 4096, 0, null))) {
            EngineResult result = engine.generate(request, piece -> {}, () -> false);
            assertThat(result.text())
                    .as("a request allocates a deferred context too")
                    .isEqualTo(expected);
            assertThat(engine.allocatedContextSize()).isPositive();
        }
    }

    @Test
    void should_refuse_a_grammar_that_does_not_parse_and_stay_usable() {
        try (NativeEngine engine =
                NativeEngine.load(TestModels.stories260K(), new NativeEngine.Options(1, 256, null))) {
            EngineRequest broken = new EngineRequest(Prompt.plain("Once"), "root ::= (\"a\" | ", 8, 0f, 1, List.of());

            assertThatThrownBy(() -> engine.generate(broken, piece -> {}, () -> false))
                    .isInstanceOf(EngineException.class)
                    .hasMessageContaining("could not parse the grammar")
                    .extracting(e -> ((EngineException) e).reason())
                    .isEqualTo(EngineException.Reason.GRAMMAR);
            assertThat(engine.generate(greedy("Once"), piece -> {}, () -> false).generatedTokens())
                    .isPositive();
        }
    }

    @Test
    void should_refuse_a_prompt_longer_than_the_context() {
        try (NativeEngine engine = NativeEngine.load(TestModels.stories260K(), new NativeEngine.Options(1, 64, null))) {
            EngineRequest tooLong = greedy("Once upon a time there was a girl. ".repeat(engine.contextSize() / 4));

            assertThatThrownBy(() -> engine.generate(tooLong, piece -> {}, () -> false))
                    .isInstanceOf(EngineException.class)
                    .hasMessageContaining("do not fit the context of " + engine.contextSize() + " tokens");
        }
    }

    /** What an engine whose whole window is allocated at load generates for {@code request}. */
    private static String wholeAllocationText(Path model, int window, EngineRequest request, boolean prefix) {
        try (NativeEngine full = NativeEngine.load(model, new NativeEngine.Options(1, window, null))) {
            assertThat(full.allocatedContextSize()).isEqualTo(window);
            if (prefix) {
                full.preparePrefix(Prompt.plain(PREFIX));
            }
            return full.generate(request, piece -> {}, () -> false).text();
        }
    }

    @Test
    void should_stop_evaluating_a_prefix_between_batches_and_keep_what_it_evaluated() {
        // a model closed while it evaluates the CRM tools' prefix (minutes on a slow machine) stops after a batch
        try (NativeEngine engine =
                NativeEngine.load(TestModels.stories260K(), new NativeEngine.Options(2, 4096, null))) {
            String prefix = (PREFIX + " ").repeat(150);
            int batch = engine.cache().batchSize();
            assertThat(engine.tokenize(prefix, true).length)
                    .as("more than one batch")
                    .isGreaterThan(batch);
            AtomicInteger polls = new AtomicInteger();

            boolean restored = engine.preparePrefix(Prompt.plain(prefix), () -> polls.incrementAndGet() > 0);

            assertThat(restored).isFalse();
            assertThat(polls).hasValue(1);
            int[] cached = engine.cache().tokens();
            assertThat(cached)
                    .as("one batch evaluated, then stopped")
                    .hasSize(engine.cache().batchSize());
            assertThat(cached.length)
                    .as("a batch is llama.cpp's physical batch, so a stop waits for 512 tokens at most")
                    .isLessThanOrEqualTo(512);
            EngineResult next = engine.generate(greedy(prefix + " outside."), piece -> {}, () -> false);
            assertThat(next.cachedTokens()).as("the evaluated part is reused").isEqualTo(cached.length);
        }
    }

    private static EngineRequest greedy(String prompt) {
        return new EngineRequest(Prompt.plain(prompt), null, 24, 0f, 1, List.of());
    }
}
