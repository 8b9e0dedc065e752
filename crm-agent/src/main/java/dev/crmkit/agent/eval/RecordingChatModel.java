package dev.crmkit.agent.eval;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes every request to the model under evaluation and keeps the tool calls it made, whether they
 * ran, failed or wait for confirmation, with the time each model call took. The agent calls it on a
 * worker thread; the runner reads it after the turn.
 */
final class RecordingChatModel implements ChatModel {

    private final ChatModel model;
    private final List<ToolExecutionRequest> calls = new ArrayList<>();
    private long modelNanos;
    private int steps;

    RecordingChatModel(ChatModel model) {
        this.model = model;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        long start = System.nanoTime();
        ChatResponse response = model.chat(request);
        AiMessage message = response.aiMessage();
        synchronized (this) {
            modelNanos += System.nanoTime() - start;
            steps++;
            if (message != null && message.hasToolExecutionRequests()) {
                calls.addAll(message.toolExecutionRequests());
            }
        }
        return response;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return chat(request);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return model.defaultRequestParameters();
    }

    synchronized List<ToolExecutionRequest> calls() {
        return List.copyOf(calls);
    }

    synchronized long modelMillis() {
        return modelNanos / 1_000_000;
    }

    synchronized int steps() {
        return steps;
    }
}
