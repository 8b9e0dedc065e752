package dev.crmkit.agent.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.gguf.ModelShape;
import dev.crmkit.agent.gguf.RandomWeightsModel;
import dev.crmkit.agent.testing.TestModels;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flash attention is left to llama.cpp (on, for the CPU) for attention heads of 64 dimensions and more, and off
 * for narrower ones, where it made a new turn of stories260K (8-dimension heads) 4–5× slower.
 */
class FlashAttentionTest {

    @BeforeEach
    void libraries() {
        NativeTestSupport.requireLibraries();
    }

    @Test
    void should_turn_flash_attention_off_for_narrow_attention_heads_and_still_generate() {
        try (NativeEngine engine =
                NativeEngine.load(TestModels.stories260K(), new NativeEngine.Options(1, 512, null))) {
            assertThat(engine.description()).containsEntry("flash.attention", "off");
            assertThat(engine.tokenize("Once upon a time", true)).isNotEmpty();
        }
    }

    @Test
    void should_leave_flash_attention_to_llama_cpp_for_heads_of_64_dimensions(@TempDir Path directory) {
        Path qwen = directory.resolve("qwen25-shape.gguf");
        RandomWeightsModel.of(ModelShape.qwen25HalfB().shrunk(1, 512)).write(qwen);

        try (NativeEngine engine = NativeEngine.load(qwen, new NativeEngine.Options(1, 512, null))) {
            assertThat(engine.description()).containsEntry("flash.attention", "auto");
        }
    }
}
