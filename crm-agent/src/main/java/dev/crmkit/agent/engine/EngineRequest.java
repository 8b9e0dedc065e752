package dev.crmkit.agent.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One generation.
 *
 * @param prompt      the rendered prompt; only its markup may become special tokens
 * @param grammar     GBNF constraining the output, or null
 * @param maxTokens   most tokens to generate
 * @param temperature sampling temperature; 0 picks the most likely token (greedy)
 * @param seed        sampling seed
 * @param stop        stop strings, cut from the output (never with a grammar: they could cut its JSON)
 */
public record EngineRequest(
        Prompt prompt, @Nullable String grammar, int maxTokens, float temperature, int seed, List<String> stop) {

    /**
     * Copies {@code stop} and checks the budget.
     *
     * @param prompt the rendered prompt; only its markup may become special tokens
     * @param grammar GBNF constraining the output, or null
     * @param maxTokens most tokens to generate; positive
     * @param temperature sampling temperature; 0 picks the most likely token (greedy)
     * @param seed sampling seed
     * @param stop stop strings, cut from the output
     */
    public EngineRequest {
        stop = List.copyOf(stop);
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive, not " + maxTokens);
        }
    }
}
