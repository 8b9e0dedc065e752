package dev.crmkit.agent.engine.llamacpp;

import dev.crmkit.agent.engine.EngineRequest;
import dev.crmkit.agent.engine.EngineResult;
import dev.crmkit.agent.engine.Prompt;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by {@link CpuVariantTest} in a JVM of its own (ggml loads its CPU back-end once per process): loads a
 * model with the libraries of {@code crmkit.llama.cpu} and prints the variant that ran and what it generated.
 */
public final class BaselineVariantMain {

    private BaselineVariantMain() {}

    /** @param args the GGUF model */
    public static void main(String[] args) {
        try (NativeEngine engine = NativeEngine.load(Path.of(args[0]), new NativeEngine.Options(1, 256, null))) {
            EngineResult result = engine.generate(
                    new EngineRequest(
                            Prompt.plain("Once upon a time"), "root ::= \"Lily \" [a-z]+ \".\"", 12, 0f, 1, List.of()),
                    piece -> {},
                    () -> false);
            System.out.println("variant=" + engine.cpuVariant());
            System.out.println("tokens=" + result.generatedTokens());
            System.out.println("text=" + result.text());
        }
    }
}
