package dev.crmkit.agent.llama;

import dev.crmkit.agent.AgentException;
import dev.crmkit.agent.engine.Prompt;
import dev.crmkit.agent.grammar.ArgumentsGrammar;
import dev.crmkit.agent.grammar.ToolCallGrammar;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one request of {@link LlamaCppChatModel}: renders the prompt within the context, and generates
 * plain text, or under a tool grammar in two stages — first an answer or the tool's name, then that tool's
 * arguments with the reserve that tool needs (see {@link ToolCallGrammar}). Thread-safe (the engine
 * serialises generations).
 */
final class RequestRunner {

    private static final Logger log = LoggerFactory.getLogger(RequestRunner.class);

    private final LlamaEngine engine;
    private final String modelName;
    private final ChatTemplate template;
    private final Settings settings;
    private final GrammarCache grammars;
    private final ConversationRenderer renderer;

    RequestRunner(
            LlamaEngine engine,
            String modelName,
            ChatTemplate template,
            Settings settings,
            GrammarCache grammars,
            ConversationRenderer renderer) {
        this.engine = engine;
        this.modelName = modelName;
        this.template = template;
        this.settings = settings;
        this.grammars = grammars;
        this.renderer = renderer;
    }

    /**
     * Runs one request.
     *
     * @param onAnswerText receives answer text as it is generated (plain text, or the decoded answer string)
     * @param cancelled    polled between tokens
     */
    ChatResponse execute(ChatRequest request, Consumer<String> onAnswerText, BooleanSupplier cancelled) {
        ChatRequestParameters parameters = request.parameters();
        if (parameters.responseFormat() != null && parameters.responseFormat().type() == ResponseFormatType.JSON) {
            throw new AgentException("LlamaCppChatModel does not support responseFormat JSON; describe the "
                    + "output as a tool instead, whose arguments the grammar enforces");
        }
        Integer requested = parameters.maxOutputTokens();
        ToolCallGrammar grammar = grammarOf(parameters);
        int maxTokens =
                requested != null ? requested : grammar != null ? Integer.MAX_VALUE : settings.contextSize() / 4;
        int reserved = grammar != null ? grammar.toolChoiceWorstCaseBytes() : maxTokens;
        ConversationRenderer.Rendered prompt = render(request.messages(), grammar, reserved);
        List<String> stop = new ArrayList<>();
        if (grammar == null) {
            stop.add(template.endOfTurn());
            if (parameters.stopSequences() != null) {
                stop.addAll(parameters.stopSequences());
            }
        }
        float temperature =
                parameters.temperature() != null ? parameters.temperature().floatValue() : settings.temperature();
        int seed = parameters instanceof LlamaCppChatRequestParameters llama && llama.seed() != null
                ? llama.seed()
                : settings.seed();
        Consumer<String> sink = grammar == null ? onAnswerText : answerDecoder(onAnswerText);
        LlamaEngine.Generation generation = engine.generate(
                new LlamaEngine.Request(
                        prompt.prompt(),
                        grammar == null ? null : grammar.toolChoiceGbnf(),
                        reserved,
                        temperature,
                        seed,
                        stop),
                sink,
                cancelled,
                first -> grammar == null ? null : argumentsRequest(grammar, prompt, first, temperature, seed));
        AiMessage message = grammar == null
                ? AiMessage.from(stripEndOfTurn(generation.text()))
                : ModelOutputParser.parse(generation.text());
        FinishReason finish = message.hasToolExecutionRequests()
                ? FinishReason.TOOL_EXECUTION
                : grammar == null && generation.generatedTokens() >= reserved ? FinishReason.LENGTH : FinishReason.STOP;
        GenerationStats stats = new GenerationStats(
                generation.promptTokens(),
                generation.cachedTokens(),
                generation.generatedTokens(),
                prompt.droppedMessages(),
                generation.queueWait(),
                generation.timeToFirstToken(),
                generation.total());
        log.debug("generated {}", stats);
        return ChatResponse.builder()
                .aiMessage(message)
                .metadata(LlamaCppResponseMetadata.llamaBuilder()
                        .stats(stats)
                        .modelName(modelName)
                        .finishReason(finish)
                        .tokenUsage(new TokenUsage(generation.promptTokens(), generation.generatedTokens()))
                        .build())
                .build();
    }

    private @Nullable ToolCallGrammar grammarOf(ChatRequestParameters parameters) {
        List<ToolSpecification> tools =
                parameters.toolSpecifications() == null ? List.of() : parameters.toolSpecifications();
        if (tools.isEmpty() || parameters.toolChoice() == ToolChoice.NONE) {
            return null;
        }
        Integer requested = parameters.maxOutputTokens();
        return grammars.get(
                tools,
                parameters.toolChoice() != ToolChoice.REQUIRED,
                requested != null ? requested : Integer.MAX_VALUE);
    }

    /**
     * The prompt, leaving room for the longest output when the conversation allows (older messages are
     * dropped first), else for the first stage only: the chosen tool's arguments then get what is left.
     */
    private ConversationRenderer.Rendered render(
            List<ChatMessage> messages, @Nullable ToolCallGrammar grammar, int reserved) {
        if (grammar != null && grammar.worstCaseBytes() > reserved) {
            try {
                return renderer.render(messages, grammar, settings.contextSize() - grammar.worstCaseBytes());
            } catch (ContextOverflowException e) {
                log.debug("the longest tool call does not fit beside the prompt: {}", e.getMessage());
            }
        }
        return renderer.render(messages, grammar, settings.contextSize() - reserved);
    }

    /**
     * The second stage of a tool call: after {@code {"tool": "<name>"}}, that tool's arguments, with the
     * reserve that tool needs. Null when the first stage was an answer.
     */
    private LlamaEngine.@Nullable Request argumentsRequest(
            ToolCallGrammar grammar,
            ConversationRenderer.Rendered prompt,
            LlamaEngine.Generation first,
            float temperature,
            int seed) {
        String text = first.text().strip();
        if (!text.startsWith("{\"tool\"") || !text.endsWith("\"")) {
            return null;
        }
        String tool = text.substring(text.lastIndexOf('"', text.length() - 2) + 1, text.length() - 1);
        ArgumentsGrammar arguments = grammar.argumentsOf(tool);
        int left = settings.contextSize() - first.promptTokens() - first.generatedTokens();
        int firstStage = first.text().getBytes(StandardCharsets.UTF_8).length;
        if (arguments.worstCaseBytes() > left) {
            ToolSpecification specification = grammar.tools().stream()
                    .filter(t -> t.name().equals(tool))
                    .findFirst()
                    .orElseThrow();
            arguments = grammars.compiler().arguments(specification, left + firstStage);
            log.warn(
                    "{}'s strings are cut to {} characters: the context has {} tokens left after the prompt; "
                            + "raise contextSize or shorten the conversation",
                    tool,
                    arguments.stringCap(),
                    left);
        }
        return new LlamaEngine.Request(
                prompt.prompt().plus(Prompt.plain(first.text())),
                arguments.gbnf(),
                arguments.worstCaseBytes(),
                temperature,
                seed,
                List.of());
    }

    private static Consumer<String> answerDecoder(Consumer<String> onAnswerText) {
        AnswerStreamDecoder decoder = new AnswerStreamDecoder();
        return piece -> {
            String text = decoder.feed(piece);
            if (!text.isEmpty()) {
                onAnswerText.accept(text);
            }
        };
    }

    private String stripEndOfTurn(String text) {
        int end = text.indexOf(template.endOfTurn());
        return end >= 0 ? text.substring(0, end) : text;
    }

    /** See {@link LlamaCppChatModel#preparePrefix}. */
    boolean preparePrefix(@Nullable String systemMessage, List<ToolSpecification> tools) {
        return engine.preparePrefix(systemPrefix(grammars, renderer, settings, systemMessage, tools));
    }

    /**
     * The system turn {@link #preparePrefix} evaluates, with the tools' grammar compiled into {@code grammars};
     * needs no engine, so it can be rendered while the model loads.
     */
    static Prompt systemPrefix(
            GrammarCache grammars,
            ConversationRenderer renderer,
            Settings settings,
            @Nullable String systemMessage,
            List<ToolSpecification> tools) {
        Integer budget = settings.maxTokens();
        ToolCallGrammar grammar =
                tools.isEmpty() ? null : grammars.get(tools, true, budget != null ? budget : Integer.MAX_VALUE);
        return renderer.systemPrefix(systemMessage, grammar);
    }

    /** Evaluates the shared prefix of requests like {@code request} into the KV cache; blocks. */
    void preload(ChatRequest request, ChatRequestParameters parameters) {
        ToolCallGrammar grammar = grammarOf(parameters);
        List<ChatMessage> messages = new ArrayList<>();
        request.messages().stream().filter(m -> m instanceof SystemMessage).forEach(messages::add);
        Prompt prefix = renderer.prefix(messages, grammar);
        long start = System.nanoTime();
        boolean restored;
        try {
            restored = engine.preparePrefix(prefix);
        } catch (GenerationCancelledException e) {
            log.debug("the prompt prefix was not evaluated: {}", e.getMessage()); // closed meanwhile: nothing to warn
            return;
        }
        log.info(
                "{} the {}-character prompt prefix in {} ms",
                restored ? "restored" : "evaluated",
                prefix.text().length(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * @param contextSize the context window in tokens
     * @param seed        default sampling seed
     * @param temperature default sampling temperature
     * @param maxTokens   the host's output budget, or null for what each output needs
     */
    record Settings(
            int contextSize,
            int seed,
            float temperature,
            @Nullable Integer maxTokens) {

        Settings {
            if (maxTokens != null && maxTokens >= contextSize) {
                throw new IllegalArgumentException("maxTokens " + maxTokens + " must be below contextSize "
                        + contextSize + ", which also holds the prompt");
            }
        }
    }
}
