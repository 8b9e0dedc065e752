package dev.crmkit.agent;

import dev.langchain4j.data.message.ChatMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default {@link ConversationStore}: conversations in this JVM's memory, lost on restart and not
 * shared with other instances. Each conversation keeps its latest {@code maxHistory} history messages.
 * Thread-safe; each conversation has its own monitor, so conversations never wait for each other.
 */
public final class InMemoryConversationStore implements ConversationStore {

    /** History messages kept per conversation by {@link #InMemoryConversationStore()}. */
    public static final int DEFAULT_MAX_HISTORY = 1_000;

    private final int maxHistory;
    private final Map<String, State> conversations = new ConcurrentHashMap<>();

    /** Keeps the latest {@value #DEFAULT_MAX_HISTORY} history messages of each conversation. */
    public InMemoryConversationStore() {
        this(DEFAULT_MAX_HISTORY);
    }

    /**
     * @param maxHistory history messages kept per conversation; the oldest go first
     * @throws IllegalArgumentException when not positive
     */
    public InMemoryConversationStore(int maxHistory) {
        if (maxHistory < 1) {
            throw new IllegalArgumentException("maxHistory must be positive");
        }
        this.maxHistory = maxHistory;
    }

    @Override
    public List<ChatMessage> messages(String conversationId) {
        State state = conversations.get(conversationId);
        if (state == null) {
            return List.of();
        }
        synchronized (state) {
            return List.copyOf(state.messages);
        }
    }

    @Override
    public void saveMessages(String conversationId, List<ChatMessage> messages) {
        State state = state(conversationId);
        synchronized (state) {
            state.messages = List.copyOf(messages);
        }
    }

    @Override
    public void addNote(String conversationId, String note) {
        State state = state(conversationId);
        synchronized (state) {
            state.notes.add(note);
        }
    }

    @Override
    public List<String> takeNotes(String conversationId) {
        State state = conversations.get(conversationId);
        if (state == null) {
            return List.of();
        }
        synchronized (state) {
            List<String> notes = List.copyOf(state.notes);
            state.notes.clear();
            return notes;
        }
    }

    @Override
    public void addHistory(String conversationId, AgentMessage message) {
        State state = state(conversationId);
        synchronized (state) {
            state.history.add(message);
            if (state.history.size() > maxHistory) {
                state.history.remove(0);
            }
        }
    }

    @Override
    public List<AgentMessage> history(String conversationId) {
        State state = conversations.get(conversationId);
        if (state == null) {
            return List.of();
        }
        synchronized (state) {
            return List.copyOf(state.history);
        }
    }

    @Override
    public void addPending(AgentAction action) {
        State state = state(action.conversationId());
        synchronized (state) {
            state.pending.put(action.id(), action);
        }
    }

    @Override
    public List<AgentAction> pending(String conversationId) {
        State state = conversations.get(conversationId);
        if (state == null) {
            return List.of();
        }
        synchronized (state) {
            return List.copyOf(state.pending.values());
        }
    }

    @Override
    public Optional<AgentAction> takePending(String conversationId, String actionId) {
        State state = conversations.get(conversationId);
        if (state == null) {
            return Optional.empty();
        }
        synchronized (state) {
            return Optional.ofNullable(state.pending.remove(actionId));
        }
    }

    @Override
    public void delete(String conversationId) {
        conversations.remove(conversationId);
    }

    private State state(String conversationId) {
        return conversations.computeIfAbsent(conversationId, id -> new State());
    }

    /** One conversation; guarded by its own monitor. */
    private static final class State {
        private List<ChatMessage> messages = List.of();
        private final List<String> notes = new ArrayList<>();
        private final List<AgentMessage> history = new ArrayList<>();
        private final Map<String, AgentAction> pending = new LinkedHashMap<>();
    }
}
