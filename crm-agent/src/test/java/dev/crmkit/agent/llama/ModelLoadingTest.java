package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.gguf.GgufFormatException;
import dev.crmkit.agent.gguf.GgufWriter;
import dev.crmkit.agent.model.ModelFileException;
import dev.crmkit.agent.testing.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal happens in Java, before llama.cpp sees the file, with a message that says what to do. */
class ModelLoadingTest {

    @TempDir
    Path directory;

    @Test
    void should_refuse_a_missing_file() {
        assertThatThrownBy(() -> LlamaCppChatModel.builder()
                        .modelPath(directory.resolve("absent.gguf"))
                        .build())
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void should_refuse_a_file_that_is_not_gguf() throws IOException {
        Path notAModel = Files.writeString(directory.resolve("model.gguf"), "<html>404 Not Found</html>");

        assertThatThrownBy(
                        () -> LlamaCppChatModel.builder().modelPath(notAModel).build())
                .isInstanceOf(GgufFormatException.class)
                .hasMessageContaining("not a GGUF model file");
    }

    @Test
    void should_refuse_on_the_portable_engine_an_architecture_newer_than_its_llama_cpp() {
        Path qwen3 = directory.resolve("qwen3.gguf");
        new GgufWriter()
                .putString("general.architecture", "qwen3")
                .putUInt32("qwen3.context_length", 32768)
                .write(qwen3);

        assertThatThrownBy(() -> LlamaCppChatModel.builder()
                        .modelPath(qwen3)
                        .engine(LlamaCppEngine.JAVA_LLAMA_CPP)
                        .build())
                .isInstanceOf(UnsupportedArchitectureException.class)
                .hasMessageContaining("'qwen3'")
                .hasMessageContaining("need crmkit's own engine");
    }

    @Test
    void should_refuse_an_embedding_model() {
        Path bert = directory.resolve("bert.gguf");
        new GgufWriter().putString("general.architecture", "bert").write(bert);

        assertThatThrownBy(() -> LlamaCppChatModel.builder().modelPath(bert).build())
                .isInstanceOf(UnsupportedArchitectureException.class)
                .hasMessageContaining("cannot chat");
    }

    @Test
    void should_refuse_a_budget_that_leaves_no_room_for_the_prompt() {
        assertThatThrownBy(() -> LlamaCppChatModel.builder()
                        .modelPath(TestModels.stories260K())
                        .contextSize(256)
                        .maxTokens(256)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be below contextSize");
    }
}
