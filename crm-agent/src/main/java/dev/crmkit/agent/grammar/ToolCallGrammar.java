package dev.crmkit.agent.grammar;

import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled GBNF grammar under which a model can only write one JSON object: either
 * {@code {"tool": "<name>", "arguments": {...}}} with arguments valid for that tool, or (when
 * {@link #answerAllowed()}) {@code {"answer": "<text>"}}.
 *
 * <p>Every sentence of the grammar is at most {@link #worstCaseBytes()} bytes of UTF-8. A token is at
 * least one byte (llama.cpp's grammar sampler rejects empty pieces), so a generation allowed that
 * many tokens always ends with complete JSON. Immutable.
 *
 * <p>The same sentences come in two stages, so that the reserve for a call is what the chosen tool can
 * need rather than the longest tool's: {@link #toolChoiceGbnf()} lets the model write a final answer or
 * {@code {"tool": "<name>"}} and stop; then {@link #argumentsOf(String)} of that tool continues the call.
 *
 * @param gbnf            the whole grammar in one stage, for llama.cpp's {@code grammar} parameter
 * @param tools           the tools it allows calling
 * @param answerAllowed   whether a final answer is allowed
 * @param answerMaxLength characters a final answer may have (0 when no answer is allowed)
 * @param worstCaseBytes  the longest output of {@link #gbnf()}, in bytes
 * @param toolChoiceGbnf  the first stage: an answer, or the opening of a call up to the tool's name
 * @param toolChoiceWorstCaseBytes the longest output of the first stage, in bytes
 * @param arguments       the second stage, by tool name, in the tools' order
 */
public record ToolCallGrammar(
        String gbnf,
        List<ToolSpecification> tools,
        boolean answerAllowed,
        int answerMaxLength,
        int worstCaseBytes,
        String toolChoiceGbnf,
        int toolChoiceWorstCaseBytes,
        Map<String, ArgumentsGrammar> arguments) {

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
     * @param toolChoiceGbnf the first stage: an answer, or the opening of a call up to the tool's name
     * @param toolChoiceWorstCaseBytes the longest output of the first stage, in bytes
     * @param arguments the second stage, by tool name, in the tools' order
     */
    public ToolCallGrammar {
        tools = List.copyOf(tools);
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /**
     * @param tool a tool's name
     * @return the second stage for that tool
     * @throws IllegalArgumentException when the grammar has no such tool
     */
    public ArgumentsGrammar argumentsOf(String tool) {
        ArgumentsGrammar grammar = arguments.get(tool);
        if (grammar == null) {
            throw new IllegalArgumentException("the grammar has no tool " + tool);
        }
        return grammar;
    }
}
