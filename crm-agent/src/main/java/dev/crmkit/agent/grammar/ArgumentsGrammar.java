package dev.crmkit.agent.grammar;

/**
 * The second stage of a tool call: the grammar of the rest of a call, {@code , "arguments": {...}}},
 * once the first stage ({@link ToolCallGrammar#toolChoiceGbnf()}) has written {@code {"tool": "<name>"}}.
 * Its reserve is what this one tool can need, so a tool with short arguments never pays for the tool
 * with the longest. Immutable.
 *
 * @param tool           the tool's name
 * @param gbnf           the grammar, for llama.cpp's {@code grammar} parameter
 * @param worstCaseBytes the longest output, in bytes (at most as many tokens)
 * @param stringCap      the cap on this tool's strings: no string is longer, whatever its schema allows
 * @param cut            whether the cap is below a bound the schema (or {@link GrammarLimits}) declares,
 *                       that is whether the budget shortened this tool's strings
 */
public record ArgumentsGrammar(String tool, String gbnf, int worstCaseBytes, int stringCap, boolean cut) {}
