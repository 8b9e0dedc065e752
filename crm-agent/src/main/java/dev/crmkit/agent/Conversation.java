package dev.crmkit.agent;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One conversation while a turn or a decision works on it: the model's memory, loaded from the
 * {@link ConversationStore} and {@linkplain #save() saved} back when the work ends, and the store's
 * notes, history and pending actions passed through. Used by one thread, under the conversation's
 * lock ({@link ConversationLocks}).
 */
final class Conversation {

    final String id;
    private final ConversationStore store;
    private final List<ChatMessage> memory;

    Conversation(String id, ConversationStore store) {
        this.id = id;
        this.store = store;
        this.memory = new ArrayList<>(store.messages(id));
    }

    /** @return the index of the appended message */
    int remember(ChatMessage message) {
        memory.add(message);
        return memory.size() - 1;
    }

    void remember(List<ChatMessage> messages) {
        memory.addAll(messages);
    }

    /**
     * The messages the model sees: the last {@code size}, starting at a user message so that no tool
     * result is shown without its call, and never starting after the current turn's user message.
     */
    List<ChatMessage> window(int size, int turnStart) {
        int start = Math.max(0, memory.size() - size);
        while (start < turnStart && !(memory.get(start) instanceof UserMessage)) {
            start++;
        }
        return List.copyOf(memory.subList(Math.min(start, turnStart), memory.size()));
    }

    /** Drops what no window will show again; the latest user message and what follows it always stay. */
    void forgetBeyond(int size) {
        int oldest = Math.max(0, memory.size() - size);
        int start = oldest;
        while (start < memory.size() && !(memory.get(start) instanceof UserMessage)) {
            start++;
        }
        if (start == memory.size()) {
            start = oldest;
            while (start > 0 && !(memory.get(start) instanceof UserMessage)) {
                start--;
            }
        }
        memory.subList(0, start).clear();
    }

    /** Writes the memory back to the store. */
    void save() {
        store.saveMessages(id, memory);
    }

    /** Notes a host decision, for the model to learn with the user's next message. */
    void noteDecision(String sentence) {
        store.addNote(id, sentence);
    }

    /** @return the decisions since the model last spoke, as a preamble to the user's message; then forgets them */
    String takeDecisions() {
        List<String> notes = store.takeNotes(id);
        return notes.isEmpty() ? "" : "(Since your last reply: " + String.join(" ", notes) + ")\n";
    }

    void addHistory(AgentMessage message) {
        store.addHistory(id, message);
    }

    void addPending(AgentAction action) {
        store.addPending(action);
    }

    /** @return the pending action for the same tool and arguments, so a model that asks twice gets one proposal */
    Optional<AgentAction> pendingLike(String tool, String arguments) {
        return store.pending(id).stream()
                .filter(action ->
                        action.tool().equals(tool) && action.arguments().equals(arguments))
                .findFirst();
    }

    List<AgentAction> pending() {
        return store.pending(id);
    }
}
