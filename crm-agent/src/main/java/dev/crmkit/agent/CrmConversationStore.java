package dev.crmkit.agent;

import dev.crmkit.core.Crm;
import dev.crmkit.core.agentstate.StoredAction;
import dev.crmkit.core.agentstate.StoredMessage;
import dev.crmkit.core.service.AgentStateService;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ConversationStore} in the CRM's own database, through {@link Crm#agentState()}: a restart
 * keeps conversations and pending actions, and several application instances over one database
 * share them (an action proposed on one can be confirmed on another, and only once). The memory is
 * stored as LangChain4j's JSON ({@link ChatMessageSerializer#messagesToJson}).
 *
 * <p>Every conversation this store creates belongs to {@code owner}. A conversation stored before
 * the agent writes to it keeps its owner: a multi-user application claims each conversation for
 * the signed-in user first ({@link AgentStateService#claim}), so one store serves all its users and
 * retention applies per user. Retention (how many
 * conversations an owner keeps, for how long, and how much history each keeps) is the CRM's
 * {@link dev.crmkit.core.agentstate.AgentRetention}, set with {@code Crm.builder().agentRetention(..)}.
 * Thread-safe; each call is one transaction.
 */
public final class CrmConversationStore implements ConversationStore {

    private final AgentStateService state;
    private final String owner;

    /**
     * @param crm the CRM whose database keeps the conversations
     * @param owner who the conversations belong to (at most 100 characters), e.g. the application's name
     */
    public CrmConversationStore(Crm crm, String owner) {
        this.state = Objects.requireNonNull(crm, "crm").agentState();
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public List<ChatMessage> messages(String conversationId) {
        return state.memory(conversationId)
                .map(ChatMessageDeserializer::messagesFromJson)
                .orElse(List.of());
    }

    @Override
    public void saveMessages(String conversationId, List<ChatMessage> messages) {
        state.saveMemory(owner, conversationId, ChatMessageSerializer.messagesToJson(messages));
    }

    @Override
    public void addNote(String conversationId, String note) {
        state.addNote(owner, conversationId, note);
    }

    @Override
    public List<String> takeNotes(String conversationId) {
        return state.takeNotes(conversationId);
    }

    @Override
    public void addHistory(String conversationId, AgentMessage message) {
        state.addHistory(owner, conversationId, new StoredMessage(message.role().name(), message.text(), message.at()));
    }

    @Override
    public List<AgentMessage> history(String conversationId) {
        return state.history(conversationId).stream()
                .map(m -> new AgentMessage(AgentMessage.Role.valueOf(m.role()), m.text(), m.at()))
                .toList();
    }

    @Override
    public void addPending(AgentAction action) {
        state.addPending(stored(action, owner));
    }

    @Override
    public List<AgentAction> pending(String conversationId) {
        return state.pending(conversationId).stream()
                .map(CrmConversationStore::action)
                .toList();
    }

    @Override
    public Optional<AgentAction> takePending(String conversationId, String actionId) {
        return state.takePending(conversationId, actionId).map(CrmConversationStore::action);
    }

    @Override
    public void delete(String conversationId) {
        state.delete(conversationId);
    }

    static StoredAction stored(AgentAction a, String owner) {
        return new StoredAction(
                a.id(),
                a.conversationId(),
                owner,
                a.at(),
                storedTool(a.tool()),
                a.arguments(),
                a.status().name(),
                a.result(),
                a.error());
    }

    /**
     * The tool name as the database holds it: at most {@value AgentStateService#ID_MAX} characters (UTF-16
     * units, which every supported database's column holds). Only a call of a tool that does not exist has a
     * longer one — a model without a grammar (a remote one) may write any name — and that failed call is
     * recorded with its name cut, rather than the record failing the whole turn.
     */
    static String storedTool(String tool) {
        if (tool.length() <= AgentStateService.ID_MAX) {
            return tool;
        }
        int end = AgentStateService.ID_MAX - 1;
        if (Character.isHighSurrogate(tool.charAt(end - 1))) {
            end--;
        }
        return tool.substring(0, end) + "…";
    }

    static AgentAction action(StoredAction a) {
        return new AgentAction(
                a.id(),
                a.conversationId(),
                a.at(),
                a.tool(),
                a.arguments(),
                AgentAction.Status.valueOf(a.status()),
                a.result(),
                a.error());
    }
}
