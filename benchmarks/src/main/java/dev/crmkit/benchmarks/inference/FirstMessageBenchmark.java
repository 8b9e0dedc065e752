package dev.crmkit.benchmarks.inference;

import dev.crmkit.agent.CrmAgent;
import dev.crmkit.agent.PromptPreloading;
import dev.crmkit.agent.llama.GenerationStats;
import dev.crmkit.agent.llama.LlamaCppChatModel;
import dev.crmkit.agent.llama.LlamaCppResponseMetadata;
import dev.crmkit.benchmarks.BenchmarkDatabase;
import dev.crmkit.core.Crm;
import dev.crmkit.jpa.JpaCrmStorage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Time to the first token of the first chat message of a fresh app: load the model, build the agent with
 * the full CRM tool set (which starts evaluating the system prompt and tools in the background), wait until
 * that is done as an app does before its first user arrives, then send one message and time from
 * {@code agent.chat(..)} to the first generated token. A timed main rather than JMH: "first message of a
 * fresh app" happens once per process.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.crmkit.benchmarks.inference.FirstMessageBenchmark \
 *     qwen2.5-0.5b-q8_0 2
 * }</pre>
 *
 * Arguments: the model (a {@link BenchmarkModels} name or a .gguf path; default {@code qwen2.5-0.5b-q8_0})
 * and the threads (default 2). Prints one line of figures; writes to stdout, as a benchmark's main does.
 */
public final class FirstMessageBenchmark {

    private static final String MESSAGE = "Create a contact named John Doe with email john@example.com";

    private FirstMessageBenchmark() {}

    /** @param args model name or path, then threads */
    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "qwen2.5-0.5b-q8_0";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        var file = BenchmarkModels.resolve(name);
        try (BenchmarkDatabase database = BenchmarkDatabase.open("h2")) {
            Crm crm = Crm.builder()
                    .storage(JpaCrmStorage.create(database.dataSource()))
                    .build();
            long start = System.nanoTime();
            try (LlamaCppChatModel llama =
                    LlamaCppChatModel.builder().modelPath(file).threads(threads).build()) {
                long loaded = System.nanoTime();
                FirstCall model = new FirstCall(llama);
                try (CrmAgent agent = CrmAgent.builder()
                        .crm(crm)
                        .chatModel(model)
                        .maxSteps(1)
                        .turnTimeout(Duration.ofMinutes(30))
                        .build()) {
                    agent.ready().join();
                    long ready = System.nanoTime();
                    model.chatStarted = System.nanoTime();
                    agent.chat("first", MESSAGE);
                    GenerationStats stats = model.stats;
                    if (stats == null) {
                        throw new IllegalStateException("the agent never called the model");
                    }
                    // Before the engine: the agent's work and rendering the prompt (the wall time of the call
                    // minus the engine's own time); then the engine's wait and its time to the first token.
                    long beforeEngine = model.callEnded
                            - model.chatStarted
                            - stats.generationTime().toNanos()
                            - stats.queueWait().toNanos();
                    long firstToken = beforeEngine
                            + stats.queueWait().toNanos()
                            + stats.timeToFirstToken().toNanos();
                    System.out.printf(
                            Locale.ROOT,
                            "%s, %d threads, context %d: load %d ms, prompt prefix (system + %d tools) ready after"
                                    + " %d ms more; first message: first token after %d ms (prompt %d tokens, %d of"
                                    + " them cached; %d ms before the engine, %d ms in it), %d tokens generated in"
                                    + " %d ms%n",
                            name,
                            threads,
                            llama.contextSize(),
                            millis(loaded - start),
                            agent.tools().size(),
                            millis(ready - loaded),
                            millis(firstToken),
                            stats.promptTokens(),
                            stats.cachedPromptTokens(),
                            millis(beforeEngine),
                            stats.timeToFirstToken().toMillis(),
                            stats.generatedTokens(),
                            stats.generationTime().toMillis());
                }
            }
        }
        System.exit(0); // the binding's native thread outlives close()
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** The llama model as the agent sees it, recording the first call's statistics and when it ended. */
    private static final class FirstCall implements ChatModel, PromptPreloading {

        private final LlamaCppChatModel llama;
        volatile long chatStarted;
        volatile long callEnded;
        volatile @Nullable GenerationStats stats;

        FirstCall(LlamaCppChatModel llama) {
            this.llama = llama;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            ChatResponse response = llama.chat(request);
            callEnded = System.nanoTime();
            if (stats == null) {
                stats = ((LlamaCppResponseMetadata) response.metadata()).stats();
            }
            return response;
        }

        @Override
        public ChatRequestParameters defaultRequestParameters() {
            return llama.defaultRequestParameters();
        }

        @Override
        public CompletableFuture<Void> preload(ChatRequest request) {
            return llama.preload(request);
        }
    }
}
