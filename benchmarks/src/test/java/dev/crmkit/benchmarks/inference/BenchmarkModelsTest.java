package dev.crmkit.benchmarks.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkModelsTest {

    @Test
    void should_run_a_gguf_file_given_by_its_path(@TempDir Path directory) throws Exception {
        Path file = Files.copy(BenchmarkModels.resolve("tiny"), directory.resolve("mine.gguf"));

        assertThat(BenchmarkModels.resolve(file.toString())).isEqualTo(file);
    }

    @Test
    void should_name_the_missing_file_and_the_known_models() {
        assertThatThrownBy(() -> BenchmarkModels.resolve("/nowhere/model.gguf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/nowhere/model.gguf does not exist");
        assertThatThrownBy(() -> BenchmarkModels.resolve("qwen3-0.6b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown benchmark model qwen3-0.6b")
                .hasMessageContaining("qwen2.5-0.5b-q8_0");
    }
}
