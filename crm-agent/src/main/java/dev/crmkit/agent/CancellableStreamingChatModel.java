package dev.crmkit.agent;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;

/**
 * A streaming chat model that hands out the handle cancelling a request as soon as the request is
 * started, before its first token. The agent needs that to end a turn at its time limit, or when it
 * is closed, while the model still evaluates the prompt or waits in a queue: a plain
 * {@link StreamingChatModel} hands its handle out only with its first partial response, so until then
 * the agent can stop listening but cannot stop the generation.
 *
 * <p>{@link dev.crmkit.agent.llama.LlamaCppStreamingChatModel} implements it; any other model may.
 */
public interface CancellableStreamingChatModel extends StreamingChatModel {

    /**
     * Starts a request and returns at once.
     *
     * @param request the request; parameters it leaves unset take the model's defaults
     * @param handler receives the response; after {@link StreamingHandle#cancel()} it receives nothing more
     * @return the handle that cancels this request, whether it is queued, evaluating the prompt or generating
     */
    StreamingHandle start(ChatRequest request, StreamingChatResponseHandler handler);
}
