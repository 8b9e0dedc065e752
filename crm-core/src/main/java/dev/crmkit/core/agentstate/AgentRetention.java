package dev.crmkit.core.agentstate;

import java.time.Duration;
import java.util.Objects;

/**
 * How much agent state is kept per owner, so that no client can fill the database. Applied when an
 * owner starts a conversation and when an action is recorded: an owner's conversations beyond the
 * newest {@code maxConversations}, and those untouched for longer than {@code maxAge}, are deleted
 * with their history, notes and pending actions; an owner's action-log entries beyond the newest
 * {@code maxActions}, and those older than {@code maxAge}, are deleted; each conversation keeps its
 * newest {@code maxHistory} history messages.
 *
 * @param maxConversations conversations kept per owner, at least 1
 * @param maxHistory history messages kept per conversation, at least 1
 * @param maxActions action-log entries kept per owner, at least 1
 * @param maxAge how long untouched conversations and old actions are kept; positive
 */
public record AgentRetention(int maxConversations, int maxHistory, int maxActions, Duration maxAge) {

    /** 100 conversations, 1,000 history messages each, 10,000 actions per owner, for 30 days. */
    public static final AgentRetention DEFAULT = new AgentRetention(100, 1_000, 10_000, Duration.ofDays(30));

    /**
     * Checks the bounds.
     *
     * @param maxConversations conversations kept per owner, at least 1
     * @param maxHistory history messages kept per conversation, at least 1
     * @param maxActions action-log entries kept per owner, at least 1
     * @param maxAge how long untouched conversations and old actions are kept; positive
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public AgentRetention {
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxConversations < 1) {
            throw new IllegalArgumentException("maxConversations must be at least 1");
        }
        if (maxHistory < 1) {
            throw new IllegalArgumentException("maxHistory must be at least 1");
        }
        if (maxActions < 1) {
            throw new IllegalArgumentException("maxActions must be at least 1");
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive");
        }
    }
}
