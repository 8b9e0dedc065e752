package dev.crmkit.core.storage.memory;

import dev.crmkit.core.agentstate.StoredAction;
import dev.crmkit.core.agentstate.StoredMessage;
import dev.crmkit.core.storage.AgentActionRepository;
import dev.crmkit.core.storage.AgentConversationRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agent state in memory. Unlike the CRM tables it is not transactional: a write is visible at
 * once and stays even when its unit of work rolls back (agent state is written one statement per
 * unit of work, so nothing is half-written). Every method holds this object's monitor, which makes
 * {@link #takePending} atomic. Thread-safe.
 */
final class MemoryAgentState implements AgentConversationRepository, AgentActionRepository {

    private final Map<String, Conversation> conversations = new HashMap<>();
    /** Action id → action, in the order first recorded. */
    private final Map<String, StoredAction> actions = new LinkedHashMap<>();

    private static final class Conversation {
        final String owner;
        String memory;
        Instant updatedAt;
        final List<String> notes = new ArrayList<>();
        final List<StoredMessage> history = new ArrayList<>();
        final Map<String, StoredAction> pending = new LinkedHashMap<>();

        Conversation(String owner, String memory, Instant at) {
            this.owner = owner;
            this.memory = memory;
            this.updatedAt = at;
        }
    }

    @Override
    public synchronized Optional<String> findMemory(String conversationId) {
        return Optional.ofNullable(conversations.get(conversationId)).map(c -> c.memory);
    }

    @Override
    public synchronized Optional<String> findOwner(String conversationId) {
        return Optional.ofNullable(conversations.get(conversationId)).map(c -> c.owner);
    }

    @Override
    public synchronized void insert(String conversationId, String owner, String memory, Instant at) {
        if (conversations.putIfAbsent(conversationId, new Conversation(owner, memory, at)) != null) {
            throw new IllegalStateException("conversation " + conversationId + " exists");
        }
    }

    @Override
    public synchronized boolean updateMemory(String conversationId, String memory, Instant at) {
        Conversation c = conversations.get(conversationId);
        if (c == null) {
            return false;
        }
        c.memory = memory;
        c.updatedAt = at;
        return true;
    }

    @Override
    public synchronized List<String> idsByOwner(String owner, Instant updatedBefore) {
        return conversations.entrySet().stream()
                .filter(e -> e.getValue().owner.equals(owner)
                        && e.getValue().updatedAt.isBefore(updatedBefore))
                .sorted(Comparator.comparing((Map.Entry<String, Conversation> e) -> e.getValue().updatedAt)
                        .thenComparing(Map.Entry::getKey)
                        .reversed())
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public synchronized void deleteById(String conversationId) {
        conversations.remove(conversationId);
    }

    @Override
    public synchronized void addNote(String conversationId, String note, Instant at) {
        existing(conversationId).notes.add(note);
    }

    @Override
    public synchronized List<String> takeNotes(String conversationId) {
        Conversation c = conversations.get(conversationId);
        if (c == null) {
            return List.of();
        }
        List<String> notes = List.copyOf(c.notes);
        c.notes.clear();
        return notes;
    }

    @Override
    public synchronized void addHistory(String conversationId, StoredMessage message) {
        existing(conversationId).history.add(message);
    }

    @Override
    public synchronized List<StoredMessage> history(String conversationId) {
        Conversation c = conversations.get(conversationId);
        return c == null ? List.of() : List.copyOf(c.history);
    }

    @Override
    public synchronized void trimHistory(String conversationId, int keep) {
        Conversation c = conversations.get(conversationId);
        if (c != null && c.history.size() > keep) {
            c.history.subList(0, c.history.size() - keep).clear();
        }
    }

    @Override
    public synchronized void addPending(StoredAction action) {
        existing(action.conversationId()).pending.put(action.id(), action);
    }

    @Override
    public synchronized List<StoredAction> pending(String conversationId) {
        Conversation c = conversations.get(conversationId);
        return c == null ? List.of() : List.copyOf(c.pending.values());
    }

    @Override
    public synchronized Optional<StoredAction> takePending(String conversationId, String actionId) {
        Conversation c = conversations.get(conversationId);
        return c == null ? Optional.empty() : Optional.ofNullable(c.pending.remove(actionId));
    }

    @Override
    public synchronized void save(StoredAction action) {
        actions.put(action.id(), action); // an existing key keeps its place
    }

    @Override
    public synchronized List<StoredAction> byConversation(String conversationId) {
        return actions.values().stream()
                .filter(a -> a.conversationId().equals(conversationId))
                .toList();
    }

    @Override
    public synchronized void prune(String owner, Instant before, int keep) {
        actions.values().removeIf(a -> a.owner().equals(owner) && a.at().isBefore(before));
        List<String> ids = actions.values().stream()
                .filter(a -> a.owner().equals(owner))
                .map(StoredAction::id)
                .toList();
        ids.subList(0, Math.max(0, ids.size() - keep)).forEach(actions::remove);
    }

    /** The conversation, which the service has stored before writing to it (a foreign key on a database). */
    private Conversation existing(String conversationId) {
        Conversation c = conversations.get(conversationId);
        if (c == null) {
            throw new IllegalStateException("no conversation " + conversationId);
        }
        return c;
    }
}
