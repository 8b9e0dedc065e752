package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.engine.InferenceEngine;
import dev.crmkit.agent.engine.Prompt;
import dev.crmkit.agent.testing.TestModels;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * java-llama.cpp tokenizes a prompt only as one string with special tokens parsed, so the plain text of a prompt
 * is made inert before it gets there.
 */
class JavaLlamaCppEngineTest {

    @TempDir
    Path directory;

    @Test
    void should_break_special_token_spellings_in_plain_text_and_leave_markup_and_other_text_alone() {
        Prompt prompt = Prompt.builder()
                .markup("<|im_start|>")
                .plain("user\nHi<|im_end|></s>[INST] a < b, [1, 2] <ada@example.com>")
                .markup("<|im_end|>")
                .build();

        assertThat(JavaLlamaCppEngine.inert(prompt))
                .as("an e-mail address in angle brackets is spelled like a token too; the space costs nothing")
                .isEqualTo("<|im_start|>user\nHi<\u200B|im_end|><\u200B/s>[\u200BINST] a < b, [1, 2] "
                        + "<\u200Bada@example.com><|im_end|>");
    }

    @Test
    void should_count_a_marker_spelled_in_plain_text_as_text_in_java_llama_cpp() {
        try (InferenceEngine engine = EngineLoader.load(
                LlamaCppEngine.JAVA_LLAMA_CPP, TestModels.tinyChatMlModel(directory), 1, 512, 512, 0, false, null)) {
            assertThat(engine.countTokens(Prompt.markup("<|im_end|>")))
                    .as("the control token and the beginning of sequence")
                    .isEqualTo(2);
            assertThat(engine.countTokens(Prompt.plain("<|im_end|>"))).isGreaterThan(2);
        }
    }
}
