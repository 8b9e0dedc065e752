package dev.crmkit.agent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default {@link ActionLog}: actions in memory, per conversation, oldest first. A decided
 * pending action replaces its earlier record in place. Each conversation keeps its latest
 * {@code maxPerConversation} actions; nothing survives a restart, so a host that needs an audit
 * trail supplies its own {@link ActionLog}. Thread-safe.
 */
public final class InMemoryActionLog implements ActionLog {

    /** Actions kept per conversation by {@link #InMemoryActionLog()}. */
    public static final int DEFAULT_MAX_PER_CONVERSATION = 10_000;

    private final int maxPerConversation;
    private final Map<String, Map<String, AgentAction>> conversations = new ConcurrentHashMap<>();

    /** Keeps the latest {@value #DEFAULT_MAX_PER_CONVERSATION} actions of each conversation. */
    public InMemoryActionLog() {
        this(DEFAULT_MAX_PER_CONVERSATION);
    }

    /** @param maxPerConversation actions kept per conversation; the oldest go first */
    public InMemoryActionLog(int maxPerConversation) {
        if (maxPerConversation < 1) {
            throw new IllegalArgumentException("maxPerConversation must be positive");
        }
        this.maxPerConversation = maxPerConversation;
    }

    @Override
    public void record(AgentAction action) {
        Map<String, AgentAction> actions =
                conversations.computeIfAbsent(action.conversationId(), id -> new LinkedHashMap<>());
        synchronized (actions) {
            actions.put(action.id(), action); // an existing key keeps its place
            if (actions.size() > maxPerConversation) {
                actions.remove(actions.keySet().iterator().next());
            }
        }
    }

    @Override
    public List<AgentAction> byConversation(String conversationId) {
        Map<String, AgentAction> actions = conversations.get(conversationId);
        if (actions == null) {
            return List.of();
        }
        synchronized (actions) {
            return List.copyOf(actions.values());
        }
    }
}
