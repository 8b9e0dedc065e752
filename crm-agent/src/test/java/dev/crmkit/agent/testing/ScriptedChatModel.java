package dev.crmkit.agent.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A chat model that plays a script: each request gets the next scripted message, which may depend
 * on what the request shows (e.g. the id in the last tool result). It stands in for the model, which
 * is not what these tests test; it records every request so tests can check what the model was shown.
 */
public final class ScriptedChatModel implements ChatModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Deque<Function<ChatRequest, AiMessage>> script = new ArrayDeque<>();
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger callIds = new AtomicInteger();

    /** @return this, replying next with {@code step} applied to the request */
    public synchronized ScriptedChatModel then(Function<ChatRequest, AiMessage> step) {
        script.add(step);
        return this;
    }

    /** @return this, replying next with a call of {@code tool} */
    public ScriptedChatModel thenCall(String tool, String arguments) {
        return thenCall(tool, request -> arguments);
    }

    /** @return this, replying next with a call of {@code tool} whose arguments depend on the request */
    public ScriptedChatModel thenCall(String tool, Function<ChatRequest, String> arguments) {
        return then(request -> AiMessage.from(ToolExecutionRequest.builder()
                .id("call_" + callIds.incrementAndGet())
                .name(tool)
                .arguments(arguments.apply(request))
                .build()));
    }

    /** @return a model message calling {@code tool}, for steps that do more than reply */
    public static AiMessage call(String tool, String arguments) {
        return AiMessage.from(ToolExecutionRequest.builder()
                .id("call_" + tool)
                .name(tool)
                .arguments(arguments)
                .build());
    }

    /** @return this, replying next with the final answer {@code text} */
    public ScriptedChatModel thenAnswer(String text) {
        return thenAnswer(request -> text);
    }

    /** @return this, replying next with a final answer that depends on the request */
    public ScriptedChatModel thenAnswer(Function<ChatRequest, String> text) {
        return then(request -> AiMessage.from(text.apply(request)));
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        Function<ChatRequest, AiMessage> step;
        synchronized (this) {
            step = script.poll();
        }
        if (step == null) {
            throw new AssertionError("the model was called more often than scripted: " + requests.size() + " calls");
        }
        return ChatResponse.builder().aiMessage(step.apply(request)).build();
    }

    /** @return every request, oldest first */
    public List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    /** @return the latest request */
    public ChatRequest lastRequest() {
        return requests.get(requests.size() - 1);
    }

    /** @return the text of the last tool result in the request, as the model reads it */
    public static String lastObservation(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof ToolExecutionResultMessage result) {
                return result.text();
            }
        }
        throw new AssertionError("the request shows no tool result");
    }

    /** @return the {@code data} of the latest result of {@code tool} in the request */
    public static JsonNode dataOf(ChatRequest request, String tool) {
        List<ChatMessage> messages = request.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof ToolExecutionResultMessage result
                    && result.toolName().equals(tool)) {
                return data(result.text());
            }
        }
        throw new AssertionError("the request shows no result of " + tool);
    }

    /** @return the last tool result's {@code data}, which the agent wraps every result in */
    public static JsonNode lastData(ChatRequest request) {
        return data(lastObservation(request));
    }

    private static JsonNode data(String observation) {
        try {
            JsonNode data = JSON.readTree(observation).get("data");
            if (data == null) {
                throw new AssertionError("the tool result is not data: " + observation);
            }
            return data;
        } catch (JsonProcessingException e) {
            throw new AssertionError("the tool result is not JSON: " + observation, e);
        }
    }
}
