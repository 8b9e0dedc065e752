package dev.crmkit.agent.engine;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One loaded model and its context: turns a rendered {@link Prompt} into generated text, keeping the KV cache of
 * the previous prompt so a request sharing its beginning evaluates only the rest.
 *
 * <p>Only a prompt's {@linkplain Prompt.Part#marker() markup} may become special tokens: plain text is tokenized as
 * text even where it spells one, so a message cannot forge a turn of the chat template.
 *
 * <p>Not thread-safe: the caller serves one request at a time and closes the engine only when no request
 * runs (crmkit's chat model queues callers in front of it). Failures are {@link EngineException}s.
 */
public interface InferenceEngine extends AutoCloseable {

    /**
     * @param prompt any prompt
     * @return its tokens, plus one for the beginning-of-sequence token a prompt starts with
     */
    int countTokens(Prompt prompt);

    /**
     * Generates until the grammar completes, an end-of-generation token, a stop string, {@code maxTokens}
     * or {@code stop} says so.
     *
     * @param request what to generate
     * @param onPiece receives the text as it is generated, in order (never a split UTF-8 character)
     * @param stop    polled between tokens; when it answers true the generation ends with
     *                {@link EngineResult#cancelled()}
     * @return the text and what it cost
     * @throws EngineException when the native library refuses the request or fails
     */
    EngineResult generate(EngineRequest request, Consumer<String> onPiece, BooleanSupplier stop);

    /**
     * Evaluates {@code text} as the start of later prompts (a stable system prefix), restoring it from a
     * saved state where the engine can, and keeps it in the KV cache.
     *
     * @param text the prefix, rendered exactly as prompts will start
     * @return whether the KV state was restored from disk rather than evaluated
     */
    default boolean preparePrefix(Prompt text) {
        return preparePrefix(text, () -> false);
    }

    /**
     * {@link #preparePrefix(Prompt)} that can be stopped: a long prefix takes minutes on a slow machine, and
     * closing the model must not wait for all of it.
     *
     * @param text the prefix, rendered exactly as prompts will start
     * @param stop polled between batches of the evaluation; when it answers true the evaluation ends early,
     *             the KV cache keeps what was evaluated and nothing is saved
     * @return whether the KV state was restored from disk rather than evaluated
     */
    default boolean preparePrefix(Prompt text, BooleanSupplier stop) {
        return false;
    }

    /** @return what the engine is and runs on (engine, library version, CPU variant), for logs and metadata */
    Map<String, String> description();

    /** Frees the context and the model. Idempotent. */
    @Override
    void close();
}
