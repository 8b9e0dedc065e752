package dev.crmkit.agent.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every struct the binding mirrors has the size and field offsets the C compiler gives it from llama.h
 * v0.5.0: a C program prints {@code sizeof} and {@code offsetof}, and JNA's layout must agree, field by field.
 * A header change that moves one field would otherwise corrupt memory silently.
 */
class StructLayoutTest {

    private static final List<MirroredStructure> MIRRORED =
            List.of(new ModelParams(), new ContextParams(), new Batch(), new SamplerChainParams());

    @Test
    void should_lay_out_every_mirrored_struct_as_llama_h_does(@TempDir Path directory)
            throws IOException, InterruptedException {
        Path headers = NativeTestSupport.headers();
        String gcc = NativeTestSupport.gcc();
        StringBuilder program = new StringBuilder(
                "#include <stdio.h>\n#include <stddef.h>\n#include \"llama.h\"\n" + "int main(void) {\n");
        for (MirroredStructure structure : MIRRORED) {
            String type = "struct " + structure.cName();
            program.append("  printf(\"%s %zu\\n\", \"")
                    .append(structure.cName())
                    .append("\", sizeof(")
                    .append(type)
                    .append("));\n");
            for (String field : structure.cFields()) {
                program.append("  printf(\"%s %zu\\n\", \"")
                        .append(structure.cName())
                        .append('.')
                        .append(field)
                        .append("\", offsetof(")
                        .append(type)
                        .append(", ")
                        .append(field)
                        .append("));\n");
            }
        }
        program.append("  return 0;\n}\n");
        Path source = Files.writeString(directory.resolve("layout.c"), program);
        Path binary = directory.resolve("layout");
        run(List.of(
                gcc,
                "-I" + headers.resolve("include"),
                "-I" + headers.resolve("ggml/include"),
                "-o",
                binary.toString(),
                source.toString()));
        Map<String, Integer> c = new HashMap<>();
        run(List.of(binary.toString())).lines().forEach(line -> {
            String[] parts = line.split(" ");
            c.put(parts[0], Integer.parseInt(parts[1]));
        });

        Map<String, Integer> jna = new HashMap<>();
        for (MirroredStructure structure : MIRRORED) {
            jna.put(structure.cName(), structure.size());
            for (String field : structure.cFields()) {
                jna.put(structure.cName() + "." + field, structure.offsetOf(field));
            }
        }
        assertThat(jna).hasSize(c.size()).isEqualTo(c);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("%s said:%n%s", command, output).isZero();
        return output;
    }
}
