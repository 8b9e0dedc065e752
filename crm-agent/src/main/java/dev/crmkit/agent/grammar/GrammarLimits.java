package dev.crmkit.agent.grammar;

/**
 * Bounds a tool-call grammar puts where a schema has none, so that every output has a known
 * worst-case length. A schema's own {@code maxLength}/{@code maxItems} always wins when smaller.
 *
 * @param maxStringLength  characters allowed in a string that declares no {@code maxLength}
 * @param maxArrayItems    elements allowed in an array that declares no {@code maxItems}
 * @param maxAnswerLength  characters allowed in a final answer (cut further to fit the token budget)
 */
public record GrammarLimits(int maxStringLength, int maxArrayItems, int maxAnswerLength) {

    /**
     * @param maxStringLength characters allowed in a string that declares no {@code maxLength}
     * @param maxArrayItems elements allowed in an array that declares no {@code maxItems}
     * @param maxAnswerLength characters allowed in a final answer (cut further to fit the token budget)
     * @throws IllegalArgumentException when a limit is not positive
     */
    public GrammarLimits {
        if (maxStringLength < 1 || maxArrayItems < 1 || maxAnswerLength < 1) {
            throw new IllegalArgumentException("grammar limits must be positive");
        }
    }

    /** @return 200-character strings, 16-element arrays, 1,000-character answers */
    public static GrammarLimits defaults() {
        return new GrammarLimits(200, 16, 1000);
    }
}
