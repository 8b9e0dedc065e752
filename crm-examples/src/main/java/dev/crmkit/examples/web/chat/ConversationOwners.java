package dev.crmkit.examples.web.chat;

import dev.crmkit.core.agentstate.StoredAction;
import dev.crmkit.core.service.AgentStateService;
import java.util.List;
import java.util.Optional;

/**
 * Who started each conversation with the assistant, kept in the CRM's database as the owner of the
 * stored conversation: a conversation and its pending actions belong to that user, and the API and
 * the chat page answer 404 to anyone else — also after a restart, and on another instance of the
 * app over the same database. A user's first message claims a new conversation for them
 * ({@link AgentStateService#claim}) before the assistant writes to it, so what the assistant stores
 * is theirs, and retention ({@code crm.agent.retention.*}) applies per user. An id whose conversation
 * is gone (forgotten, or dropped by retention) but whose actions are still in the log stays closed to
 * anyone but the owner of those actions. Thread-safe: a race between two users for a new id has one
 * winner.
 */
public final class ConversationOwners {

    private final AgentStateService state;

    /** @param state the CRM's agent state, where the conversations are stored */
    public ConversationOwners(AgentStateService state) {
        this.state = state;
    }

    /**
     * Whether {@code user} may continue the conversation, claiming it when it is new.
     *
     * @return false when it belongs to someone else
     */
    public boolean claim(String conversationId, String user) {
        Optional<String> owner = state.owner(conversationId);
        if (owner.isPresent()) {
            return owner.get().equals(user);
        }
        return loggedOnlyFor(conversationId, user) && state.claim(user, conversationId);
    }

    /**
     * Whether {@code user} may read or decide in the conversation: their own, or one that is not
     * stored (which shows nothing and holds no action).
     */
    public boolean mayUse(String conversationId, String user) {
        return state.owner(conversationId).map(user::equals).orElseGet(() -> loggedOnlyFor(conversationId, user));
    }

    /**
     * Whether the conversation exists for {@code user}: they started it. An id nobody has written to is
     * no conversation (the API answers 404), even though {@link #mayUse} lets a new chat window show it.
     */
    public boolean owns(String conversationId, String user) {
        return state.owner(conversationId).map(user::equals).orElse(false);
    }

    /** Whether every action logged under this id, if any, is {@code user}'s. */
    private boolean loggedOnlyFor(String conversationId, String user) {
        List<StoredAction> logged = state.actions(conversationId);
        return logged.stream().allMatch(action -> action.owner().equals(user));
    }
}
