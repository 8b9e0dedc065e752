package dev.crmkit.agent.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.testing.TestModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ggml picks the CPU back-end for the processor at run time; the baseline ({@code x64}: SSE2 only) must run
 * anywhere. ggml loads a back-end once per process, so the baseline runs in a JVM of its own.
 */
class CpuVariantTest {

    @Test
    void should_generate_on_the_baseline_cpu_variant_when_it_is_the_only_one(@TempDir Path directory)
            throws IOException, InterruptedException {
        NativeTestSupport.requireLibraries();
        Path model = TestModels.stories260K();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-D" + NativeLibraries.DIRECTORY_PROPERTY + "=" + directory,
                        "-D" + NativeLibraries.CPU_VARIANT_PROPERTY + "=x64",
                        BaselineVariantMain.class.getName(),
                        model.toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("variant=x64").containsPattern("text=Lily [a-z]+");
        assertThat(directory.resolve("cpu-x64"))
                .isDirectoryContaining("glob:**/libggml-cpu-x64.so")
                .isDirectoryNotContaining("glob:**/libggml-cpu-haswell.so");
    }
}
