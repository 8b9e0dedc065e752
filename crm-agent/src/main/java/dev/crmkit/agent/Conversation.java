package dev.crmkit.agent;

import dev.crmkit.agent.tool.ToolCall;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state of one conversation: the model's memory, the chat history a user sees, the actions
 * waiting for confirmation, and what the host decided about them since the model last spoke.
 *
 * <p>{@link #turn} serialises turns and decisions; the memory is touched only while holding it.
 * History and pending actions are read by other threads while a turn runs, so they have their own
 * monitor and never wait for a model.
 */
final class Conversation {

    /** Chat messages kept for {@link CrmAgent#history}: a long-lived conversation must not grow without end. */
    static final int HISTORY_MAX = 1_000;

    final String id;
    final ReentrantLock turn = new ReentrantLock(true);

    private final List<ChatMessage> memory = new ArrayList<>();
    private final List<String> decisions = new ArrayList<>();
    private final List<AgentMessage> history = new ArrayList<>();
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    /** A proposed action and the validated call that runs it once confirmed. */
    record Pending(AgentAction action, ToolCall call) {
    }

    Conversation(String id) {
        this.id = id;
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

    /** Notes a host decision, for the model to learn with the user's next message. */
    void noteDecision(String sentence) {
        decisions.add(sentence);
    }

    /** @return the decisions since the model last spoke, as a preamble to the user's message; then forgets them */
    String takeDecisions() {
        if (decisions.isEmpty()) {
            return "";
        }
        String preamble = "(Since your last reply: " + String.join(" ", decisions) + ")\n";
        decisions.clear();
        return preamble;
    }

    synchronized void addHistory(AgentMessage message) {
        history.add(message);
        if (history.size() > HISTORY_MAX) {
            history.remove(0);
        }
    }

    synchronized List<AgentMessage> history() {
        return List.copyOf(history);
    }

    synchronized void addPending(Pending proposal) {
        pending.put(proposal.action().id(), proposal);
    }

    /** @return the pending action for the same tool and arguments, so a model that asks twice gets one proposal */
    synchronized Optional<AgentAction> pendingLike(String tool, String arguments) {
        return pending.values().stream().map(Pending::action)
                .filter(action -> action.tool().equals(tool) && action.arguments().equals(arguments))
                .findFirst();
    }

    synchronized Optional<Pending> takePending(String actionId) {
        return Optional.ofNullable(pending.remove(actionId));
    }

    synchronized List<AgentAction> pending() {
        return pending.values().stream().map(Pending::action).toList();
    }
}
