/**
 * Compiling LangChain4j tool specifications into llama.cpp GBNF grammars whose every output is a schema-valid tool call or a final answer, within a known worst-case length.
 */
@NullMarked
package dev.crmkit.agent.grammar;

import org.jspecify.annotations.NullMarked;
