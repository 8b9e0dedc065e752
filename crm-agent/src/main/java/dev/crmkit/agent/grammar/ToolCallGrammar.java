package dev.crmkit.agent.grammar;

import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.List;

/**
 * A compiled GBNF grammar under which a model can only write one JSON object: either
 * {@code {"tool": "<name>", "arguments": {...}}} with arguments valid for that tool, or (when
 * {@link #answerAllowed()}) {@code {"answer": "<text>"}}.
 *
 * <p>Every sentence of the grammar is at most {@link #worstCaseBytes()} bytes of UTF-8. A token is at
 * least one byte (llama.cpp's grammar sampler rejects empty pieces), so a generation allowed that
 * many tokens always ends with complete JSON. Immutable.
 *
 * @param gbnf            the grammar, for llama.cpp's {@code grammar} parameter
 * @param tools           the tools it allows calling
 * @param answerAllowed   whether a final answer is allowed
 * @param answerMaxLength characters a final answer may have (0 when no answer is allowed)
 * @param worstCaseBytes  the longest output, in bytes
 */
public record ToolCallGrammar(
        String gbnf, List<ToolSpecification> tools, boolean answerAllowed, int answerMaxLength, int worstCaseBytes) {

    /** Key of the tool name in a call. */
    public static final String TOOL = "tool";
    /** Key of the arguments object in a call. */
    public static final String ARGUMENTS = "arguments";
    /** Key of the text of a final answer. */
    public static final String ANSWER = "answer";

    /**
     * Keeps an unmodifiable copy of the tools.
     *
     * @param gbnf the grammar, for llama.cpp's {@code grammar} parameter
     * @param tools the tools it allows calling
     * @param answerAllowed whether a final answer is allowed
     * @param answerMaxLength characters a final answer may have (0 when no answer is allowed)
     * @param worstCaseBytes the longest output, in bytes
     */
    public ToolCallGrammar {
        tools = List.copyOf(tools);
    }
}
