package dev.crmkit.agent.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.testing.TestModels;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file under 32 MiB runs on one thread whatever the host asked for (ggml's threads would stall at their
 * barrier on a busy machine); a larger one gets the threads asked for. Both engines take their threads from here.
 */
class SmallModelThreadsTest {

    @Test
    void should_run_a_small_model_on_one_thread(@TempDir Path directory) {
        Path tiny = TestModels.tinyChatMlModel(directory);

        assertThat(NativeEngine.threadsFor(tiny, 2)).isEqualTo(1);
        assertThat(NativeEngine.threadsFor(tiny, 1)).isEqualTo(1);
    }

    @Test
    void should_give_a_larger_model_the_threads_asked_for(@TempDir Path directory) throws IOException {
        Path large = directory.resolve("large.gguf");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(33L << 20); // sparse: only the size matters
        }

        assertThat(NativeEngine.threadsFor(large, 2)).isEqualTo(2);
        assertThat(NativeEngine.threadsFor(large, 4)).isEqualTo(4);
    }
}
