package dev.crmkit.agent.engine;

import java.time.Duration;

/**
 * What one generation produced and cost.
 *
 * @param text             everything generated, stop string cut
 * @param promptTokens     tokens of the prompt, with the beginning-of-sequence token
 * @param cachedTokens     leading prompt tokens whose KV entries were reused
 * @param generatedTokens  tokens generated
 * @param cancelled        whether the caller's stop signal ended it
 * @param timeToFirstToken from the start to the first piece (prompt evaluation)
 * @param total            from the start to the end
 */
public record EngineResult(
        String text,
        int promptTokens,
        int cachedTokens,
        int generatedTokens,
        boolean cancelled,
        Duration timeToFirstToken,
        Duration total) {}
