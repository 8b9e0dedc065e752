package dev.crmkit.agent.llama;

import java.util.Set;

/**
 * The architectures (GGUF {@code general.architecture}) that the llama.cpp build inside
 * de.kherud:llama 4.2.0 (b4916) can run as a chat model, read from its {@code LLM_ARCH_NAMES}.
 * Anything else is refused in Java: native loading of an unknown architecture fails with a bare
 * "could not load model", and newer ones (qwen3, llama4, gemma3n, ...) need a newer binding.
 */
final class ModelArchitectures {

    private static final Set<String> GENERATIVE = Set.of(
            "llama",
            "deci",
            "falcon",
            "grok",
            "gpt2",
            "gptj",
            "gptneox",
            "mpt",
            "baichuan",
            "starcoder",
            "refact",
            "bloom",
            "stablelm",
            "qwen",
            "qwen2",
            "qwen2moe",
            "qwen2vl",
            "phi2",
            "phi3",
            "phimoe",
            "plamo",
            "codeshell",
            "orion",
            "internlm2",
            "minicpm",
            "minicpm3",
            "gemma",
            "gemma2",
            "gemma3",
            "starcoder2",
            "mamba",
            "xverse",
            "command-r",
            "cohere2",
            "dbrx",
            "olmo",
            "olmo2",
            "olmoe",
            "openelm",
            "arctic",
            "deepseek",
            "deepseek2",
            "chatglm",
            "bitnet",
            "t5",
            "jais",
            "nemotron",
            "exaone",
            "rwkv6",
            "rwkv6qwen2",
            "rwkv7",
            "arwkv7",
            "granite",
            "granitemoe",
            "chameleon");
    private static final Set<String> NOT_GENERATIVE =
            Set.of("bert", "nomic-bert", "jina-bert-v2", "t5encoder", "wavtokenizer-dec");

    private ModelArchitectures() {}

    /** For crmkit's engine (llama.cpp v0.5.0), which itself names an architecture it does not know. */
    static void requireGenerative(String architecture, Object file) {
        if (NOT_GENERATIVE.contains(architecture)) {
            throw new UnsupportedArchitectureException(file + " is a " + architecture
                    + " model, which embeds or encodes but cannot chat; use an instruction-tuned text model");
        }
    }

    static void requireSupported(String architecture, Object file) {
        requireGenerative(architecture, file);
        if (!GENERATIVE.contains(architecture)) {
            throw new UnsupportedArchitectureException(file + " has architecture '" + architecture
                    + "', which the bundled llama.cpp (b4916, de.kherud:llama 4.2.0) does not know. Newer "
                    + "architectures need crmkit's own engine (LlamaCppEngine.CRMKIT, on Linux x86-64); with this one use "
                    + "a model of a supported architecture, e.g. qwen2 (Qwen2.5), llama (Llama 3.x) or gemma3");
        }
    }
}
