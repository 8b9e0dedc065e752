package dev.crmkit.agent;

import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.concurrent.CompletableFuture;

/**
 * A chat model that can evaluate the stable start of its prompts before the first request, so that the
 * first message pays only for its own tokens. {@link CrmAgent} calls it once, when it is built, with its
 * system prompt and tools; {@code LlamaCppChatModel} implements it by evaluating the system turn (system
 * prompt and tool descriptions) into its KV cache, in the background.
 */
public interface PromptPreloading {

    /**
     * Starts evaluating the prefix every request like {@code request} shares; returns at once.
     *
     * @param request the system messages and tools exactly as the requests will send them; its user
     *                messages, if any, are ignored
     * @return completes when the prefix is evaluated; exceptionally when it could not be (requests still
     *         work, paying for the prefix themselves)
     */
    CompletableFuture<Void> preload(ChatRequest request);
}
