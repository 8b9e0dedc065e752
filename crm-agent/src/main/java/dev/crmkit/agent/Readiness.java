package dev.crmkit.agent;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prompt prefix evaluated ahead of the first message: a model that can ({@link PromptPreloading})
 * evaluates the system prompt and the tools in the background when the agent is built, and a turn's
 * clock starts only when that is done, so the first message neither pays for the prefix nor times out on it.
 */
final class Readiness {

    private static final Logger log = LoggerFactory.getLogger(Readiness.class);

    private Readiness() {}

    /** @return completes when the prefix is evaluated (at once for a model that cannot preload; never exceptionally) */
    static CompletableFuture<Void> preload(Object model, AgentSettings settings) {
        if (!(model instanceof PromptPreloading preloading)) {
            return CompletableFuture.completedFuture(null);
        }
        // Exactly the system message and tools of Turn.request(), so the prefix is the turns' prefix.
        ChatRequest prefix = ChatRequest.builder()
                .messages(SystemMessage.from(settings.systemPrompt().text(LocalDate.now(settings.clock()))))
                .toolSpecifications(settings.tools().latest().specifications())
                .build();
        try {
            return preloading.preload(prefix).exceptionally(e -> {
                log.warn("the model could not evaluate the prompt prefix ahead of the first message", e);
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("the model could not start evaluating the prompt prefix", e);
            return CompletableFuture.completedFuture(null);
        }
    }

    /**
     * Waits for {@code ready}, checking {@code stillWanted} (which throws when the agent closed or the turn was
     * cancelled) as it waits.
     *
     * @throws AgentException when the waiting thread is interrupted
     */
    static void await(CompletableFuture<Void> ready, Runnable stillWanted) {
        while (!ready.isDone()) {
            stillWanted.run();
            try {
                ready.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still evaluating: look at the agent's state again
            } catch (ExecutionException e) {
                return; // preload() never completes exceptionally; nothing to wait for
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AgentException("interrupted while the model evaluated the prompt prefix");
            }
        }
        stillWanted.run();
    }
}
