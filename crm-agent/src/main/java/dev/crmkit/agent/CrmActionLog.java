package dev.crmkit.agent;

import dev.crmkit.core.Crm;
import dev.crmkit.core.service.AgentStateService;
import java.util.List;
import java.util.Objects;

/**
 * An {@link ActionLog} in the CRM's own database, through {@link Crm#agentState()}: the record of
 * every action survives restarts and is shared by the application's instances, and outlives a
 * forgotten conversation. An entry belongs to its conversation's owner — the user a multi-user
 * application claimed the conversation for ({@link dev.crmkit.core.service.AgentStateService#claim}),
 * or the {@link CrmConversationStore}'s owner — and to {@code owner} when its conversation is not
 * stored (any more); how many an owner keeps, and for how long, is the CRM's
 * {@link dev.crmkit.core.agentstate.AgentRetention}. A tool name is kept to 100 characters: only a model's call
 * of a tool that does not exist has a longer one, and it is recorded failed with its name cut. Thread-safe.
 */
public final class CrmActionLog implements ActionLog {

    private final AgentStateService state;
    private final String owner;

    /**
     * @param crm the CRM whose database keeps the log
     * @param owner who the entries of a conversation that is not stored belong to (at most 100
     *     characters), e.g. the application's name
     */
    public CrmActionLog(Crm crm, String owner) {
        this.state = Objects.requireNonNull(crm, "crm").agentState();
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public void record(AgentAction action) {
        String actionOwner = state.owner(action.conversationId()).orElse(owner);
        state.record(CrmConversationStore.stored(action, actionOwner));
    }

    @Override
    public List<AgentAction> byConversation(String conversationId) {
        return state.actions(conversationId).stream()
                .map(CrmConversationStore::action)
                .toList();
    }
}
