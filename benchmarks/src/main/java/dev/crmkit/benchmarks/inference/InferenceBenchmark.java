package dev.crmkit.benchmarks.inference;

import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.llama.GenerationStats;
import dev.crmkit.agent.llama.LlamaCppChatModel;
import dev.crmkit.agent.llama.LlamaCppChatRequestParameters;
import dev.crmkit.agent.llama.LlamaCppEngine;
import dev.crmkit.agent.llama.LlamaCppResponseMetadata;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process inference through {@link LlamaCppChatModel}, on both engines, on two threads, with a system prefix of
 * {@code prefixTokens} tokens made of the CRM tools' descriptions (the text a tool-using agent sends first).
 *
 * <ul>
 *   <li>{@code timeToFirstTokenCold}: the whole prompt is new (a per-call number opens it), so llama.cpp
 *       evaluates every token before the first one comes out. Prompt tokens per second = the prompt's tokens
 *       (printed at setup) / this time.</li>
 *   <li>{@code timeToFirstTokenWarm}: the same prefix as the previous call, a new user message: llama.cpp
 *       reuses the prefix's KV cache and evaluates only the new turn.</li>
 *   <li>{@code generatePlain} / {@code generateToolCall}: tokens per second (the {@code tokens} counter) of
 *       output constrained by the grammar of three CRM tools ({@code create_contact}, {@code get_contact},
 *       {@code search_contacts}), and of plain text after a prompt of the same length, so that both decode
 *       at the same depth of the context. Each call's prompt is the previous call's, hence cached.</li>
 * </ul>
 * Both time-to-first-token benchmarks ask for one token of plain text: a request with tools reserves the
 * grammar's worst case and cannot stop after one token, and the prompt is what costs the time; the grammar's
 * share is measured by {@code generateToolCall}.
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms512m", "-Xmx2g"})
public class InferenceBenchmark {

    private static final Set<String> TOOLS = Set.of("create_contact", "get_contact", "search_contacts");
    private static final int CALIBRATION_CHARS = 400;
    private static final String TOOL_SYSTEM = "You are the assistant of a CRM.";
    private static final String QUESTION = "Tell me about our biggest deal.";

    @Param({"stories260K", "qwen2.5-0.5b-q8_0", "qwen2.5-0.5b-q4_0", "qwen2.5-1.5b-q4_0"})
    public String model;

    @Param("2")
    public int threads;

    /** {@code crmkit} (crmkit's own llama.cpp v0.5.0 binding) or {@code java-llama.cpp} (the portable engine). */
    @Param({"crmkit", "java-llama.cpp"})
    public String engine;

    @Param("1500")
    public int prefixTokens;

    @Param("256")
    public int maxTokens;

    private LlamaCppChatModel llama;
    private String descriptions;
    private double tokensPerChar;
    private double promptOverhead;
    private String prefix;
    private String plainPrefix;
    private List<ToolSpecification> tools;
    private long calls;

    @Setup(Level.Trial)
    public void load() {
        llama = LlamaCppChatModel.builder()
                .modelPath(BenchmarkModels.resolve(model))
                .threads(threads)
                .engine(engine.equals("crmkit") ? LlamaCppEngine.CRMKIT : LlamaCppEngine.JAVA_LLAMA_CPP)
                .contextSize(8192)
                .maxTokens(maxTokens)
                .seed(42)
                .build();
        tools = CrmToolset.specifications().stream()
                .filter(tool -> TOOLS.contains(tool.name()))
                .toList();
        calibrate();
        prefix = prefixOf(prefixTokens);
        int toolPrompt = stats(chat(TOOL_SYSTEM, QUESTION, maxTokens, tools)).promptTokens();
        plainPrefix = prefixOf(toolPrompt);
        System.out.printf(
                "%n%s: %d prompt tokens for time to first token; %d with %d tools, %d without%n",
                model,
                stats(chat(prefix, "Hello", 1, List.of())).promptTokens(),
                toolPrompt,
                tools.size(),
                stats(chat(plainPrefix, QUESTION, 1, List.of())).promptTokens());
    }

    @TearDown(Level.Trial)
    public void close() {
        llama.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public ChatResponse timeToFirstTokenCold() {
        return chat("Session " + calls++ + ". " + prefix, "Hello", 1, List.of());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 5, time = 3)
    public ChatResponse timeToFirstTokenWarm() {
        return chat(prefix, "Question " + calls++ + ": who is our newest contact?", 1, List.of());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 5, time = 5)
    public ChatResponse generatePlain(GeneratedTokens counter) {
        return counted(counter, chat(plainPrefix, QUESTION, maxTokens, List.of()));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 5, time = 5)
    public ChatResponse generateToolCall(GeneratedTokens counter) {
        return counted(counter, chat(TOOL_SYSTEM, QUESTION, maxTokens, tools));
    }

    private ChatResponse chat(String system, String user, int outputTokens, List<ToolSpecification> toolSet) {
        LlamaCppChatRequestParameters.Builder parameters =
                LlamaCppChatRequestParameters.builder().maxOutputTokens(outputTokens);
        if (!toolSet.isEmpty()) {
            parameters.toolSpecifications(toolSet);
        }
        return llama.chat(ChatRequest.builder()
                .messages(SystemMessage.from(system), UserMessage.from(user))
                .parameters(parameters.build())
                .build());
    }

    private static ChatResponse counted(GeneratedTokens counter, ChatResponse response) {
        counter.tokens += stats(response).generatedTokens();
        return response;
    }

    private static GenerationStats stats(ChatResponse response) {
        return ((LlamaCppResponseMetadata) response.metadata()).stats();
    }

    /** Learns this model's tokens per character of tool descriptions from two prompts of different lengths. */
    private void calibrate() {
        String text = CrmToolset.specifications().stream()
                .map(ToolSpecification::toString)
                .collect(Collectors.joining("\n"));
        int shortPrompt = stats(chat(text.substring(0, CALIBRATION_CHARS), "Hello", 1, List.of()))
                .promptTokens();
        int longPrompt = stats(chat(text.substring(0, 2 * CALIBRATION_CHARS), "Hello", 1, List.of()))
                .promptTokens();
        descriptions = text;
        tokensPerChar = (double) (longPrompt - shortPrompt) / CALIBRATION_CHARS;
        promptOverhead = shortPrompt - tokensPerChar * CALIBRATION_CHARS;
    }

    /** @return tool descriptions, repeated as needed, cut so that a prompt with them takes about {@code tokens} */
    private String prefixOf(int tokens) {
        int chars = (int) Math.round(Math.max(1, tokens - promptOverhead) / tokensPerChar);
        return descriptions.repeat(1 + chars / descriptions.length()).substring(0, chars);
    }
}
