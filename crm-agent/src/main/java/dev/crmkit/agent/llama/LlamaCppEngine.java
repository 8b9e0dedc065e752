package dev.crmkit.agent.llama;

import java.util.Locale;

/**
 * Which native engine runs the model of a {@link LlamaCppChatModel}. Chosen with
 * {@link LlamaCppChatModelBuilder#engine}, or for a whole JVM with the system property
 * {@value #PROPERTY} ({@code auto}, {@code crmkit} or {@code java-llama.cpp}).
 */
public enum LlamaCppEngine {
    /** crmkit's own binding where its libraries load (Linux x86-64), java-llama.cpp elsewhere; the default */
    AUTO,
    /**
     * crmkit's own binding over llama.cpp v0.5.0: current architectures (qwen3, gemma3, ...), the CPU back-end
     * chosen for the processor at run time, prefixes saved across restarts. Fails where its libraries are absent.
     */
    CRMKIT,
    /** java-llama.cpp (de.kherud:llama 4.2.0, llama.cpp b4916): the portable engine, one AVX2 build */
    JAVA_LLAMA_CPP;

    /** System property that sets the engine for every model that does not choose one. */
    public static final String PROPERTY = "crmkit.llama.engine";

    /** @return the engine named by {@value #PROPERTY}, or {@link #AUTO} */
    static LlamaCppEngine fromSystemProperty() {
        String value = System.getProperty(PROPERTY, "auto").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "auto", "" -> AUTO;
            case "crmkit" -> CRMKIT;
            case "java-llama.cpp", "java_llama_cpp", "portable" -> JAVA_LLAMA_CPP;
            default ->
                throw new IllegalArgumentException(
                        PROPERTY + " must be auto, crmkit or java-llama.cpp, not '" + value + "'");
        };
    }
}
