package dev.crmkit.benchmarks.inference;

import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.llama.GenerationStats;
import dev.crmkit.agent.llama.LlamaCppChatModel;
import dev.crmkit.agent.llama.LlamaCppChatModelBuilder;
import dev.crmkit.agent.llama.LlamaCppEngine;
import dev.crmkit.agent.llama.LlamaCppResponseMetadata;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Two measurements outside JMH, each meant for a fresh process.
 *
 * <ul>
 *   <li>{@code compare <engine> <model> <threads> <prompt tokens> <generated tokens>}: prompt and generation
 *       tokens per second of one cold request through {@link LlamaCppChatModel}, the Java side of
 *       {@code benchmarks/native/llama-bench.c} (same GGUF, threads and lengths).</li>
 *   <li>{@code restart <model> <threads> <cache dir> [<context tokens>]}: a process that starts, restores the full CRM tool prefix
 *       from the cache (saved by the previous run) and answers its first message with one token; prints the
 *       time from JVM start and from {@code build()} to that first token.</li>
 * </ul>
 */
public final class EngineComparison {

    private EngineComparison() {}

    /** @param args see the class description */
    public static void main(String[] args) {
        if (args.length == 6 && args[0].equals("compare")) {
            compare(args);
        } else if ((args.length == 4 || args.length == 5) && args[0].equals("restart")) {
            restart(args);
        } else {
            throw new IllegalArgumentException("usage: compare <crmkit|java-llama.cpp> <model> <threads> <prompt> "
                    + "<generated> | restart <model> <threads> <cache dir> [<context tokens>]");
        }
        System.exit(0); // java-llama.cpp keeps a non-daemon native thread after close
    }

    private static void compare(String[] args) {
        LlamaCppEngine engine = args[1].equals("crmkit") ? LlamaCppEngine.CRMKIT : LlamaCppEngine.JAVA_LLAMA_CPP;
        int threads = Integer.parseInt(args[3]);
        int promptTokens = Integer.parseInt(args[4]);
        int generated = Integer.parseInt(args[5]);
        try (LlamaCppChatModel model = LlamaCppChatModel.builder()
                .modelPath(BenchmarkModels.resolve(args[2]))
                .engine(engine)
                .threads(threads)
                .contextSize(4 * promptTokens + generated + 64)
                .maxTokens(generated)
                .temperature(0)
                .build()) {
            String unit = "You are the assistant of a CRM. Contacts have a name, an email and a company. ";
            // random-weight models tokenize byte by byte: as many characters as prompt tokens wanted
            String text = unit.repeat(promptTokens / unit.length() + 1).substring(0, promptTokens);
            GenerationStats stats = stats(model.chat(ChatRequest.builder()
                    .messages(UserMessage.from(text))
                    .parameters(ChatRequestParameters.builder()
                            .maxOutputTokens(generated)
                            .build())
                    .build()));
            System.out.printf(
                    Locale.ROOT,
                    "java engine=%s cpu=%s threads=%d prompt=%d tokens %.1f tok/s generated=%d tokens %.2f tok/s%n",
                    args[1],
                    model.engineMetadata().get("cpu.variant"),
                    threads,
                    stats.promptTokens(),
                    stats.promptTokens() * 1e9 / stats.timeToFirstToken().toNanos(),
                    stats.generatedTokens(),
                    stats.tokensPerSecond());
        }
    }

    private static void restart(String[] args) {
        // the moment build() starts, in the format of -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS: with
        // Generation's debug line ("first sample"), a script can time the first token without the whole answer
        System.out.println("restart build() at "
                + java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss.SSS")));
        long built = System.nanoTime();
        String system = "You are the assistant of a CRM. Use the tools to act.";
        // as a host would: the tools' specifications (reflection, ~0.2 s cold) start at once, and build() renders
        // and restores the prefix with them while the model loads
        CompletableFuture<List<ToolSpecification>> tools = CompletableFuture.supplyAsync(CrmToolset::specifications);
        LlamaCppChatModelBuilder builder = LlamaCppChatModel.builder()
                .modelPath(BenchmarkModels.resolve(args[1]))
                .engine(LlamaCppEngine.CRMKIT)
                .threads(Integer.parseInt(args[2]));
        if (args.length == 5) {
            // a host's size is allocated whole at load; without one the context is the model's trained 32,768
            // tokens, of which the prefix build() restores and room for a first exchange are allocated, the rest
            // when a request needs them
            builder.contextSize(Integer.parseInt(args[4]));
        }
        try (LlamaCppChatModel model = builder.maxTokens(2048)
                .prefixCache(Path.of(args[3]))
                .prefix(system, tools::join)
                .build()) {
            long loaded = System.nanoTime();
            boolean restored = model.prefixRestored();
            GenerationStats stats = stats(model.chat(ChatRequest.builder()
                    .messages(SystemMessage.from(system), UserMessage.from("Who is our newest contact?"))
                    .parameters(ChatRequestParameters.builder()
                            .toolSpecifications(tools.join())
                            .maxOutputTokens(2048)
                            .build())
                    .build()));
            long now = System.nanoTime();
            long sinceJvmStart = System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.printf(
                    Locale.ROOT,
                    "restart restored=%s prompt=%d cached=%d first token %d ms after build(), %d ms after JVM start "
                            + "(whole first answer %d ms; build() with the prefix %d ms; generated %d tokens "
                            + "%.2f tok/s)%n",
                    restored,
                    stats.promptTokens(),
                    stats.cachedPromptTokens(),
                    (now
                                    - built
                                    - stats.generationTime().toNanos()
                                    + stats.timeToFirstToken().toNanos())
                            / 1_000_000,
                    sinceJvmStart
                            - stats.generationTime().toMillis()
                            + stats.timeToFirstToken().toMillis(),
                    (now - built) / 1_000_000,
                    (loaded - built) / 1_000_000,
                    stats.generatedTokens(),
                    stats.tokensPerSecond());
        }
    }

    private static GenerationStats stats(dev.langchain4j.model.chat.response.ChatResponse response) {
        return ((LlamaCppResponseMetadata) response.metadata()).stats();
    }
}
