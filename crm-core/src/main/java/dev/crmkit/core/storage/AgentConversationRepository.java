package dev.crmkit.core.storage;

import dev.crmkit.core.agentstate.StoredAction;
import dev.crmkit.core.agentstate.StoredMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An assistant's conversations: each one's memory (opaque JSON text), the notes for its next turn,
 * its history and its pending actions. Ids are strings chosen by the caller. Used inside one
 * {@link UnitOfWork}; the rules (retention, timestamps) are the service's.
 */
public interface AgentConversationRepository {

    /**
     * @param conversationId a conversation
     * @return its memory, or empty when no such conversation is stored
     */
    Optional<String> findMemory(String conversationId);

    /**
     * @param conversationId a conversation
     * @return who it belongs to, or empty when no such conversation is stored
     */
    Optional<String> findOwner(String conversationId);

    /**
     * Stores a new conversation.
     *
     * @param conversationId its id, not stored yet
     * @param owner who it belongs to
     * @param memory its memory as JSON text
     * @param at its creation and update time
     */
    void insert(String conversationId, String owner, String memory, Instant at);

    /**
     * Replaces a conversation's memory and update time.
     *
     * @param conversationId a stored conversation
     * @param memory the memory as JSON text
     * @param at the update time
     * @return whether the conversation exists
     */
    boolean updateMemory(String conversationId, String memory, Instant at);

    /**
     * @param owner an owner
     * @param updatedBefore only conversations last updated before this instant are listed
     * @return the owner's conversations, most recently updated first
     */
    List<String> idsByOwner(String owner, Instant updatedBefore);

    /**
     * Deletes a conversation with its notes, history and pending actions; nothing for an unknown one.
     *
     * @param conversationId a conversation
     */
    void deleteById(String conversationId);

    /**
     * @param conversationId a stored conversation
     * @param note the note
     * @param at when it was added
     */
    void addNote(String conversationId, String note, Instant at);

    /**
     * @param conversationId a conversation
     * @return its notes, oldest first; they are deleted
     */
    List<String> takeNotes(String conversationId);

    /**
     * @param conversationId a stored conversation
     * @param message the message to append
     */
    void addHistory(String conversationId, StoredMessage message);

    /**
     * @param conversationId a conversation
     * @return its history, oldest first
     */
    List<StoredMessage> history(String conversationId);

    /**
     * Deletes all but the newest {@code keep} history messages of a conversation.
     *
     * @param conversationId a conversation
     * @param keep how many to keep
     */
    void trimHistory(String conversationId, int keep);

    /** @param action a pending action of a stored conversation */
    void addPending(StoredAction action);

    /**
     * @param conversationId a conversation
     * @return its pending actions, oldest first
     */
    List<StoredAction> pending(String conversationId);

    /**
     * Deletes a pending action and returns it. Atomic across units of work and application
     * instances: of units of work taking the same action at once, exactly one gets it (the deleted
     * row count decides); the others get empty.
     *
     * @param conversationId the conversation it must belong to
     * @param actionId the action
     * @return the action, or empty when it does not wait in this conversation
     */
    Optional<StoredAction> takePending(String conversationId, String actionId);
}
