package dev.crmkit.core.service;

import dev.crmkit.core.agentstate.AgentRetention;
import dev.crmkit.core.agentstate.StoredAction;
import dev.crmkit.core.agentstate.StoredMessage;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.storage.AgentConversationRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * An assistant's state as CRM data: conversations (memory as opaque JSON text, notes, history,
 * pending actions) and the action log, stored through the storage SPI so that a restart, or
 * another application instance over the same database, sees them. Every method is one
 * transaction. A conversation is stored, for its owner, by the first write to it; reading an
 * unknown one gives empty results.
 *
 * <p>Retention ({@link AgentRetention}) is applied when an owner starts a conversation (the
 * owner's oldest and expired conversations go) and when an action is recorded (the owner's oldest
 * and expired actions go); history is trimmed per conversation as it grows.
 *
 * <p>{@link #takePending} is atomic across threads and instances: of callers taking the same
 * action at once, exactly one gets it. Thread-safe.
 */
public final class AgentStateService extends RetainingService<AgentRetention> {

    /** Longest conversation id, action id and owner the schema holds. */
    public static final int ID_MAX = 100;

    AgentStateService(Transactor transactor, AgentRetention retention) {
        super(transactor, retention);
    }

    /**
     * @param conversationId a conversation
     * @return its memory as the agent wrote it, or empty when nothing is stored for it
     */
    public Optional<String> memory(String conversationId) {
        return transactor.inTransaction(tx -> tx.work().agentConversations().findMemory(conversationId));
    }

    /**
     * @param conversationId a conversation
     * @return who it belongs to, or empty when nothing is stored for it
     */
    public Optional<String> owner(String conversationId) {
        return transactor.inTransaction(tx -> tx.work().agentConversations().findOwner(conversationId));
    }

    /**
     * Claims a conversation for {@code owner} before anything is written to it: a new one is stored,
     * empty, for {@code owner} (and the owner's retention applied, as for any new conversation), so
     * that what the assistant later writes to it is the owner's, whoever writes it. A host with
     * several users claims each conversation for the signed-in user first, and lets a user in only
     * when this answers true. Of two owners claiming the same new id at once, one gets it.
     *
     * @param owner who asks
     * @param conversationId the conversation
     * @return whether the conversation is {@code owner}'s: true when it was new or already theirs
     * @throws ValidationException when {@code owner} or {@code conversationId} is blank or longer than {@value #ID_MAX}
     */
    public boolean claim(String owner, String conversationId) {
        requireId("owner", owner);
        requireId("conversationId", conversationId);
        try {
            return transactor.inTransaction(tx -> {
                Optional<String> current = tx.work().agentConversations().findOwner(conversationId);
                if (current.isPresent()) {
                    return current.get().equals(owner);
                }
                return ensure(tx, owner, conversationId, "[]");
            });
        } catch (CrmException e) {
            // Another caller stored the same new id between our read and our insert: theirs decides.
            return owner(conversationId).map(owner::equals).orElseThrow(() -> e);
        }
    }

    /**
     * Replaces a conversation's memory, storing the conversation for {@code owner} if it is new.
     *
     * @param owner who the conversation belongs to
     * @param conversationId the conversation
     * @param memory its memory, opaque JSON text
     * @throws ValidationException when {@code owner} or {@code conversationId} is blank or longer than {@value #ID_MAX}
     */
    public void saveMemory(String owner, String conversationId, String memory) {
        transactor.inTransaction(tx -> {
            if (!ensure(tx, owner, conversationId, memory)) {
                tx.work().agentConversations().updateMemory(conversationId, memory, tx.now());
            }
            return null;
        });
    }

    /**
     * Adds a note for the conversation's next turn, storing the conversation if it is new.
     *
     * @param owner who the conversation belongs to
     * @param conversationId the conversation
     * @param note the note
     */
    public void addNote(String owner, String conversationId, String note) {
        transactor.inTransaction(tx -> {
            ensure(tx, owner, conversationId, "[]");
            tx.work().agentConversations().addNote(conversationId, note, tx.now());
            return null;
        });
    }

    /**
     * @param conversationId a conversation
     * @return its notes, oldest first; they are removed
     */
    public List<String> takeNotes(String conversationId) {
        return transactor.inTransaction(tx -> tx.work().agentConversations().takeNotes(conversationId));
    }

    /**
     * Appends to a conversation's history, storing the conversation if it is new; the oldest
     * messages beyond {@link AgentRetention#maxHistory()} go.
     *
     * @param owner who the conversation belongs to
     * @param conversationId the conversation
     * @param message the message
     */
    public void addHistory(String owner, String conversationId, StoredMessage message) {
        transactor.inTransaction(tx -> {
            ensure(tx, owner, conversationId, "[]");
            AgentConversationRepository conversations = tx.work().agentConversations();
            conversations.addHistory(conversationId, message);
            conversations.trimHistory(conversationId, retention.maxHistory());
            return null;
        });
    }

    /**
     * @param conversationId a conversation
     * @return its history, oldest first
     */
    public List<StoredMessage> history(String conversationId) {
        return transactor.inTransaction(tx -> tx.work().agentConversations().history(conversationId));
    }

    /**
     * Stores an action waiting for a decision, storing its conversation for its owner if new.
     *
     * @param action the action
     * @throws ValidationException when its id is blank or longer than {@value #ID_MAX}
     */
    public void addPending(StoredAction action) {
        requireId("actionId", action.id());
        transactor.inTransaction(tx -> {
            ensure(tx, action.owner(), action.conversationId(), "[]");
            tx.work().agentConversations().addPending(action);
            return null;
        });
    }

    /**
     * @param conversationId a conversation
     * @return its pending actions, oldest first
     */
    public List<StoredAction> pending(String conversationId) {
        return transactor.inTransaction(tx -> tx.work().agentConversations().pending(conversationId));
    }

    /**
     * Removes a pending action so that the caller can decide it. Atomic: of callers taking the
     * same action at once, in this or any other instance, exactly one gets it.
     *
     * @param conversationId the conversation it must belong to
     * @param actionId the action
     * @return the action, or empty when it does not wait in this conversation (or was taken)
     */
    public Optional<StoredAction> takePending(String conversationId, String actionId) {
        return transactor.inTransaction(tx -> tx.work().agentConversations().takePending(conversationId, actionId));
    }

    /**
     * Deletes a conversation: memory, notes, history and pending actions. Its action log stays.
     *
     * @param conversationId a conversation; nothing happens for an unknown one
     */
    public void delete(String conversationId) {
        transactor.inTransaction(tx -> {
            tx.work().agentConversations().deleteById(conversationId);
            return null;
        });
    }

    /**
     * Records an action in the log, replacing its earlier state (a decision); then the owner's
     * oldest and expired actions beyond the retention go.
     *
     * @param action the action in its current state
     * @throws ValidationException when an id or the owner is blank or longer than {@value #ID_MAX}
     */
    public void record(StoredAction action) {
        requireId("actionId", action.id());
        requireId("conversationId", action.conversationId());
        requireId("owner", action.owner());
        transactor.inTransaction(tx -> {
            tx.work().agentActions().save(action);
            tx.work().agentActions().prune(action.owner(), tx.now().minus(retention.maxAge()), retention.maxActions());
            return null;
        });
    }

    /**
     * @param conversationId a conversation
     * @return its logged actions, oldest first, each once in its latest state
     */
    public List<StoredAction> actions(String conversationId) {
        return transactor.inTransaction(tx -> tx.work().agentActions().byConversation(conversationId));
    }

    /**
     * Stores the conversation for its owner if it is new, then applies the owner's retention.
     *
     * @return whether it was new (stored with {@code memory})
     */
    private boolean ensure(Tx tx, String owner, String conversationId, String memory) {
        requireId("owner", owner);
        requireId("conversationId", conversationId);
        AgentConversationRepository conversations = tx.work().agentConversations();
        if (conversations.findMemory(conversationId).isPresent()) {
            return false;
        }
        Instant now = tx.now();
        conversations.insert(conversationId, owner, memory, now);
        conversations.idsByOwner(owner, now.minus(retention.maxAge())).forEach(conversations::deleteById);
        // The new conversation always stays; of the others, the newest maxConversations - 1 do.
        List<String> others = conversations.idsByOwner(owner, now.plus(1, ChronoUnit.MICROS)).stream()
                .filter(id -> !id.equals(conversationId))
                .toList();
        others.subList(Math.min(others.size(), retention.maxConversations() - 1), others.size())
                .forEach(conversations::deleteById);
        return true;
    }

    private static void requireId(String field, String value) {
        if (value.isBlank()) {
            throw new ValidationException(field, "must not be blank");
        }
        if (value.codePointCount(0, value.length()) > ID_MAX) {
            throw new ValidationException(field, "must be at most " + ID_MAX + " characters");
        }
        if (!FieldErrors.isPlainName(value)) {
            throw new ValidationException(field, FieldErrors.PLAIN_NAME_RULE);
        }
    }
}
