package dev.crmkit.agent.llama;

import dev.crmkit.agent.grammar.ToolCallGrammar;
import dev.crmkit.agent.grammar.ToolCallGrammarCompiler;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiled grammars by tool set, so an agent that sends the same tools every turn compiles them once.
 * A small LRU; thread-safe.
 */
final class GrammarCache {

    private static final int CAPACITY = 32;

    private final ToolCallGrammarCompiler compiler;
    private final Map<Key, ToolCallGrammar> grammars = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ToolCallGrammar> eldest) {
            return size() > CAPACITY;
        }
    };

    GrammarCache(ToolCallGrammarCompiler compiler) {
        this.compiler = compiler;
    }

    ToolCallGrammarCompiler compiler() {
        return compiler;
    }

    synchronized ToolCallGrammar get(List<ToolSpecification> tools, boolean answerAllowed, int maxTokens) {
        return grammars.computeIfAbsent(
                new Key(List.copyOf(tools), answerAllowed, maxTokens),
                key -> compiler.compile(key.tools(), key.answerAllowed(), key.maxTokens()));
    }

    private record Key(List<ToolSpecification> tools, boolean answerAllowed, int maxTokens) {}
}
