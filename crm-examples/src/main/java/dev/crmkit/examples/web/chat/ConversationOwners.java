package dev.crmkit.examples.web.chat;

import dev.crmkit.agent.CrmAgent;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Who started each conversation with the assistant: a conversation and its pending actions belong
 * to that user, and the API and the chat page answer 404 to anyone else. A conversation nobody owns
 * is claimed by the first user who writes to it, as long as it is empty; one that has messages but
 * no owner (kept by the agent across a restart, since the owners live in memory) belongs to nobody
 * and stays closed. Thread-safe: a race between two users for a new id has one winner.
 */
public final class ConversationOwners {

    private final ConcurrentMap<String, String> owners = new ConcurrentHashMap<>();

    /**
     * Whether {@code user} may continue the conversation, claiming it when it is new.
     *
     * @return false when it belongs to someone else, or has content but no owner
     */
    public boolean claim(CrmAgent agent, String conversationId, String user) {
        String owner = owners.get(conversationId);
        if (owner == null && isEmpty(agent, conversationId)) {
            owner = owners.computeIfAbsent(conversationId, id -> user);
        }
        return user.equals(owner);
    }

    /**
     * Whether {@code user} may read or decide in the conversation: their own, or an empty one that
     * nobody owns (which shows nothing and holds no action).
     */
    public boolean mayUse(CrmAgent agent, String conversationId, String user) {
        String owner = owners.get(conversationId);
        return owner == null ? isEmpty(agent, conversationId) : owner.equals(user);
    }

    /**
     * Whether the conversation exists for {@code user}: they started it. An id nobody has written to is
     * no conversation (the API answers 404), even though {@link #mayUse} lets a new chat window show it.
     */
    public boolean owns(String conversationId, String user) {
        return user.equals(owners.get(conversationId));
    }

    private static boolean isEmpty(CrmAgent agent, String conversationId) {
        return agent.history(conversationId).isEmpty()
                && agent.actions(conversationId).isEmpty();
    }
}
