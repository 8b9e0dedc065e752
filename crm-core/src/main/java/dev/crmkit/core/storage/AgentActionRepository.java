package dev.crmkit.core.storage;

import dev.crmkit.core.agentstate.StoredAction;
import java.time.Instant;
import java.util.List;

/**
 * The action log of an assistant: every action in its latest state. Entries outlive their
 * conversation. Used inside one {@link UnitOfWork}.
 */
public interface AgentActionRepository {

    /**
     * Stores an action, replacing the entry with the same id (its decision) if there is one.
     *
     * @param action the action in its current state
     */
    void save(StoredAction action);

    /**
     * @param conversationId a conversation
     * @return its actions, oldest first (by the time first recorded, then id)
     */
    List<StoredAction> byConversation(String conversationId);

    /**
     * Deletes an owner's entries older than {@code before}, and all but the newest {@code keep}.
     *
     * @param owner an owner
     * @param before entries recorded before this instant go
     * @param keep how many of the newest entries may stay
     */
    void prune(String owner, Instant before, int keep);
}
