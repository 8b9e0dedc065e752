package dev.crmkit.agent.llama;

import dev.crmkit.agent.AgentException;
import dev.crmkit.agent.engine.Prompt;
import dev.crmkit.agent.grammar.JsonText;
import dev.crmkit.agent.grammar.ToolCallGrammar;
import dev.crmkit.agent.llama.ChatTemplate.Role;
import dev.crmkit.agent.llama.ChatTemplate.Turn;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns LangChain4j messages into one prompt in the model's chat format, within a token budget.
 *
 * <p>The system turn (the caller's system messages, then the tool descriptions) always comes first
 * and never changes while the tools do not, so llama.cpp reuses its KV cache. When the prompt is too
 * long, the oldest messages after it are dropped, whole, until it fits; the conversation then
 * restarts at a user message. If even the system turn plus the latest message do not fit, the
 * request fails with {@link ContextOverflowException}.
 *
 * <p>Messages and tool results are plain text in the prompt ({@link Prompt}): a message or a CRM record that
 * spells a chat-format marker cannot open or close a turn.
 *
 * <p>Tool calls are shown to the model in the very JSON form the grammar makes it write, and tool
 * results come back as user turns ("Result of tool x: ..."), which every chat format accepts.
 */
final class ConversationRenderer {

    private final ChatTemplate template;
    private final ToIntFunction<Prompt> tokenCounter;

    ConversationRenderer(ChatTemplate template, ToIntFunction<Prompt> tokenCounter) {
        this.template = template;
        this.tokenCounter = tokenCounter;
    }

    /**
     * @param messages  the conversation
     * @param grammar   the tool grammar, or null for plain text
     * @param maxTokens the most prompt tokens allowed
     */
    Rendered render(List<ChatMessage> messages, @Nullable ToolCallGrammar grammar, int maxTokens) {
        String system = systemText(messages, grammar);
        List<ChatMessage> history =
                messages.stream().filter(m -> !(m instanceof SystemMessage)).toList();
        if (history.isEmpty()) {
            throw new AgentException("the request has no user message; add one");
        }
        for (int dropped = 0; dropped < history.size(); dropped++) {
            List<ChatMessage> kept = history.subList(dropped, history.size());
            if (dropped > 0 && kept.get(0) instanceof AiMessage) {
                continue; // a conversation cut in the middle restarts where someone speaks to the model
            }
            Prompt prompt = template.render(turns(system, kept, grammar != null), true);
            int tokens = tokenCounter.applyAsInt(prompt);
            if (tokens <= maxTokens) {
                return new Rendered(prompt, tokens, dropped);
            }
        }
        Prompt minimal = template.render(
                turns(system, history.subList(history.size() - 1, history.size()), grammar != null), true);
        int needed = tokenCounter.applyAsInt(minimal);
        throw new ContextOverflowException(
                "the prompt needs " + needed
                        + " tokens with only the system prompt, the tool descriptions and the latest message, but the "
                        + "context leaves " + maxTokens + " for it; raise contextSize, lower maxTokens, or shorten the "
                        + "system prompt, the tool descriptions or the message",
                needed,
                maxTokens);
    }

    /**
     * @return the start every prompt of a conversation with these system messages and this grammar shares:
     *         the system turn and what the chat format writes before the first user message's text
     */
    Prompt prefix(List<ChatMessage> messages, @Nullable ToolCallGrammar grammar) {
        String marker = "\u2042crmkit-prefix\u2042";
        Prompt full = template.render(
                turns(systemText(messages, grammar), List.of(UserMessage.from(marker)), grammar != null), true);
        return full.before(marker).orElse(Prompt.plain(""));
    }

    /**
     * @return the system turn alone, rendered as every prompt with {@code systemMessage} and {@code grammar}
     *         starts
     */
    Prompt systemPrefix(@Nullable String systemMessage, @Nullable ToolCallGrammar grammar) {
        return prefix(systemMessage == null ? List.of() : List.of(SystemMessage.from(systemMessage)), grammar);
    }

    private static String systemText(List<ChatMessage> messages, @Nullable ToolCallGrammar grammar) {
        List<String> parts = new ArrayList<>();
        for (ChatMessage message : messages) {
            if (message instanceof SystemMessage system) {
                parts.add(system.text());
            }
        }
        if (grammar != null) {
            parts.add(ToolPrompt.describe(grammar));
        }
        return String.join("\n\n", parts);
    }

    private static List<Turn> turns(String system, List<ChatMessage> history, boolean jsonReplies) {
        List<Turn> turns = new ArrayList<>();
        if (!system.isEmpty()) {
            turns.add(new Turn(Role.SYSTEM, system));
        }
        for (ChatMessage message : history) {
            Turn turn = turn(message, jsonReplies);
            Turn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
            if (last != null && last.role() == turn.role() && turn.role() != Role.SYSTEM) {
                turns.set(turns.size() - 1, new Turn(turn.role(), last.content() + "\n" + turn.content()));
            } else {
                turns.add(turn);
            }
        }
        return turns;
    }

    private static Turn turn(ChatMessage message, boolean jsonReplies) {
        if (message instanceof UserMessage user) {
            return new Turn(Role.USER, text(user));
        }
        if (message instanceof AiMessage ai) {
            if (ai.hasToolExecutionRequests()) {
                return new Turn(
                        Role.ASSISTANT,
                        ai.toolExecutionRequests().stream()
                                .map(ConversationRenderer::call)
                                .collect(Collectors.joining("\n")));
            }
            String text = ai.text() == null ? "" : ai.text();
            return new Turn(Role.ASSISTANT, jsonReplies ? "{\"answer\": " + JsonText.quoted(text) + "}" : text);
        }
        if (message instanceof ToolExecutionResultMessage result) {
            return new Turn(Role.USER, "Result of tool " + result.toolName() + ": " + result.text());
        }
        throw new AgentException("messages of type " + message.type() + " are not supported by LlamaCppChatModel");
    }

    private static String call(ToolExecutionRequest request) {
        String arguments = request.arguments() == null || request.arguments().isBlank() ? "{}" : request.arguments();
        return "{\"tool\": " + JsonText.quoted(request.name()) + ", \"arguments\": " + arguments + "}";
    }

    private static String text(UserMessage user) {
        StringBuilder text = new StringBuilder();
        for (Content content : user.contents()) {
            if (!(content instanceof TextContent part)) {
                throw new AgentException("LlamaCppChatModel reads text only, but a user message contains "
                        + content.type() + "; send text or use a multimodal chat model");
            }
            text.append(text.length() > 0 ? "\n" : "").append(part.text());
        }
        return text.toString();
    }

    /**
     * @param prompt          the rendered prompt
     * @param tokens          its length in tokens
     * @param droppedMessages how many of the oldest messages were left out to fit
     */
    record Rendered(Prompt prompt, int tokens, int droppedMessages) {}
}
