package dev.crmkit.agent.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.testing.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up of a loaded model's pages finds llama.cpp's mapping of the file, and only that. */
class MappedWeightsTest {

    @BeforeEach
    void libraries() {
        NativeTestSupport.requireLibraries();
    }

    @Test
    void should_find_the_mapping_of_a_loaded_model_and_none_of_a_file_nobody_mapped(@TempDir Path directory)
            throws IOException {
        Path model = Files.copy(TestModels.stories260K(), directory.resolve("warm-me.gguf"));
        assertThat(MappedWeights.ranges(model)).as("not loaded yet").isEmpty();

        try (NativeEngine engine = NativeEngine.load(model, new NativeEngine.Options(1, 256, null))) {
            List<long[]> ranges = MappedWeights.ranges(model);

            assertThat(ranges).as("llama.cpp maps the file it loads").isNotEmpty();
            long mapped =
                    ranges.stream().mapToLong(range -> range[1] - range[0]).sum();
            assertThat(mapped).isPositive().isLessThanOrEqualTo(Files.size(model) + 4096);
            assertThat(engine.generate(
                                    new dev.crmkit.agent.engine.EngineRequest(
                                            dev.crmkit.agent.engine.Prompt.plain("Once upon a time"),
                                            null,
                                            8,
                                            0f,
                                            1,
                                            List.of()),
                                    piece -> {},
                                    () -> false)
                            .generatedTokens())
                    .isPositive();
        }
        assertThat(MappedWeights.ranges(model))
                .as("unmapped when the engine is closed")
                .isEmpty();
    }

    @Test
    void should_stop_reading_when_closed_and_close_twice() {
        try (NativeEngine engine =
                NativeEngine.load(TestModels.stories260K(), new NativeEngine.Options(1, 256, null))) {
            MappedWeights warming = MappedWeights.warm(TestModels.stories260K());
            warming.close();
            warming.close();
            assertThat(engine.contextSize()).isEqualTo(256);
        }
    }
}
