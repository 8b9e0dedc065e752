package dev.crmkit.agent.testing;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A streaming chat model that plays a script, the way {@link dev.crmkit.agent.llama.LlamaCppStreamingChatModel}
 * behaves: an answer arrives in the scripted fragments, a tool call arrives whole. It answers on the
 * caller's thread, which is allowed and keeps the tests free of waiting.
 */
public final class ScriptedStreamingChatModel implements StreamingChatModel {

    private final Deque<AiMessage> script = new ArrayDeque<>();
    private final Deque<List<String>> fragments = new ArrayDeque<>();
    private int callIds;

    /** @return this, replying next with a call of {@code tool} */
    public synchronized ScriptedStreamingChatModel thenCall(String tool, String arguments) {
        script.add(AiMessage.from(ToolExecutionRequest.builder()
                .id("call_" + ++callIds)
                .name(tool)
                .arguments(arguments)
                .build()));
        fragments.add(List.of());
        return this;
    }

    /** @return this, replying next with an answer streamed in these fragments */
    public synchronized ScriptedStreamingChatModel thenAnswer(String... pieces) {
        script.add(AiMessage.from(String.join("", pieces)));
        fragments.add(List.of(pieces));
        return this;
    }

    /** @return this, replying next with an answer sent only with the complete response, as some servers do */
    public synchronized ScriptedStreamingChatModel thenAnswerAtOnce(String text) {
        script.add(AiMessage.from(text));
        fragments.add(List.of());
        return this;
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        AiMessage message;
        List<String> pieces;
        synchronized (this) {
            message = script.poll();
            pieces = fragments.poll();
        }
        if (message == null) {
            handler.onError(new AssertionError("the model was called more often than scripted"));
            return;
        }
        PartialResponseContext context = new PartialResponseContext(new Handle());
        for (String piece : pieces) {
            handler.onPartialResponse(new PartialResponse(piece), context);
        }
        for (int i = 0; i < message.toolExecutionRequests().size(); i++) {
            handler.onCompleteToolCall(
                    new CompleteToolCall(i, message.toolExecutionRequests().get(i)));
        }
        handler.onCompleteResponse(ChatResponse.builder().aiMessage(message).build());
    }

    private static final class Handle implements StreamingHandle {

        private volatile boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
