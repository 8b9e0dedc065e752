package dev.crmkit.agent.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An instruct model known to load with the bundled llama.cpp (its architecture is one the engine
 * supports: qwen2, llama or gemma3), pulled by its short name ({@code crm model pull
 * qwen2.5-1.5b-instruct}). No checksum is written here: the hub publishes each file's SHA-256, and
 * {@link ModelHub} verifies the download against it.
 *
 * @param name         the short name
 * @param reference    where the file is on the hub
 * @param architecture the GGUF architecture
 * @param note         what it is good for, for a listing
 */
public record RecommendedModel(String name, HubReference reference, String architecture, String note) {

    private static final List<RecommendedModel> ALL = List.of(
            new RecommendedModel(
                    "qwen2.5-0.5b-instruct",
                    HubReference.parse("hf:Qwen/Qwen2.5-0.5B-Instruct-GGUF/qwen2.5-0.5b-instruct-q8_0.gguf"),
                    "qwen2",
                    "smallest and fastest (about 0.7 GB); simple requests"),
            new RecommendedModel(
                    "qwen2.5-1.5b-instruct",
                    HubReference.parse("hf:Qwen/Qwen2.5-1.5B-Instruct-GGUF/qwen2.5-1.5b-instruct-q4_k_m.gguf"),
                    "qwen2",
                    "the recommended start (about 1.1 GB): good tool calls on a laptop CPU"),
            new RecommendedModel(
                    "llama-3.2-1b-instruct",
                    HubReference.parse("hf:bartowski/Llama-3.2-1B-Instruct-GGUF/Llama-3.2-1B-Instruct-Q4_K_M.gguf"),
                    "llama",
                    "Meta's small instruct model (about 0.8 GB)"),
            new RecommendedModel(
                    "gemma-3-1b-it",
                    HubReference.parse("hf:ggml-org/gemma-3-1b-it-GGUF/gemma-3-1b-it-Q4_K_M.gguf"),
                    "gemma3",
                    "Google's small instruct model (about 0.8 GB)"));

    /** The model to suggest to someone who has none. */
    public static final String DEFAULT_NAME = "qwen2.5-1.5b-instruct";

    /** @return the recommended models, smallest first */
    public static List<RecommendedModel> all() {
        return ALL;
    }

    /**
     * @param name a short name, in any case
     * @return the model of that name, if it is one of {@link #all()}
     */
    public static Optional<RecommendedModel> find(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(model -> model.name().equals(wanted)).findFirst();
    }

    /** @return {@link #DEFAULT_NAME}'s model */
    public static RecommendedModel defaultModel() {
        return find(DEFAULT_NAME).orElseThrow();
    }
}
