package dev.crmkit.agent.llama;

import java.time.Duration;

/**
 * What one generation cost.
 *
 * @param promptTokens       tokens of the rendered prompt
 * @param cachedPromptTokens leading prompt tokens identical to the previous request's prompt: llama.cpp
 *                           ({@code cache_prompt}) keeps their KV entries and evaluates only the rest.
 *                           A lower bound: it may also reuse tokens the model generated last time.
 * @param generatedTokens    tokens generated (as streamed by llama.cpp)
 * @param droppedMessages    oldest messages left out so the prompt fits the context
 * @param queueWait          time spent waiting for the model to be free
 * @param timeToFirstToken   from the start of generation to the first streamed piece (prompt evaluation)
 * @param generationTime     from the start of generation to the end
 */
public record GenerationStats(
        int promptTokens,
        int cachedPromptTokens,
        int generatedTokens,
        int droppedMessages,
        Duration queueWait,
        Duration timeToFirstToken,
        Duration generationTime) {

    /** @return generated tokens per second after the first token, or 0 when there was only one */
    public double tokensPerSecond() {
        Duration decoding = generationTime.minus(timeToFirstToken);
        return generatedTokens > 1 && !decoding.isZero() && !decoding.isNegative()
                ? (generatedTokens - 1) * 1e9 / decoding.toNanos()
                : 0;
    }
}
