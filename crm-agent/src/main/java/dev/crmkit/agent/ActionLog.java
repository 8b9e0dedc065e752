package dev.crmkit.agent;

import java.util.List;

/**
 * Where the agent records every action: the audit trail of what a model did in the CRM. The default
 * is {@link InMemoryActionLog}; a host that must keep the trail implements this over its own store.
 * What still waits for a decision is the {@link ConversationStore}'s; what happened is recorded here, and
 * stays when a conversation is forgotten.
 *
 * <p>Implementations must be thread-safe: conversations run in parallel. An exception from
 * {@link #record} ends the turn with that exception (the action itself has already run or been
 * proposed by then), so a host that cannot record is never silently unaudited.
 */
public interface ActionLog {

    /**
     * Records an action. Called once when an action runs, fails or becomes pending, and again, with the
     * same id, when a pending action is confirmed or rejected.
     *
     * @param action the action in its current state
     */
    void record(AgentAction action);

    /**
     * @param conversationId a conversation
     * @return its actions, oldest first, each once in its latest state
     */
    List<AgentAction> byConversation(String conversationId);
}
