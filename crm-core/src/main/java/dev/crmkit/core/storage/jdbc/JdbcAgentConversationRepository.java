package dev.crmkit.core.storage.jdbc;

import dev.crmkit.core.agentstate.StoredAction;
import dev.crmkit.core.agentstate.StoredMessage;
import dev.crmkit.core.storage.AgentConversationRepository;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link AgentConversationRepository} on the connection of an adapter's unit of work. The atomic
 * take is a {@code DELETE} whose row count decides: a second transaction deleting the same row
 * waits for the first and then deletes nothing.
 */
public final class JdbcAgentConversationRepository extends JdbcRepository implements AgentConversationRepository {

    /**
     * @param connection the connection of the current transaction; called for each statement,
     *     never closed here
     */
    public JdbcAgentConversationRepository(Supplier<Connection> connection) {
        super(connection);
    }

    @Override
    public Optional<String> findMemory(String conversationId) {
        return jdbc.one(
                "SELECT memory FROM crm_agent_conversation WHERE id = ?", rs -> rs.getString(1), conversationId);
    }

    @Override
    public Optional<String> findOwner(String conversationId) {
        return jdbc.one("SELECT owner FROM crm_agent_conversation WHERE id = ?", rs -> rs.getString(1), conversationId);
    }

    @Override
    public void insert(String conversationId, String owner, String memory, Instant at) {
        jdbc.update(
                "INSERT INTO crm_agent_conversation (id, owner, memory, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                conversationId,
                owner,
                memory,
                at,
                at);
    }

    @Override
    public boolean updateMemory(String conversationId, String memory, Instant at) {
        return jdbc.update(
                        "UPDATE crm_agent_conversation SET memory = ?, updated_at = ? WHERE id = ?",
                        memory,
                        at,
                        conversationId)
                > 0;
    }

    @Override
    public List<String> idsByOwner(String owner, Instant updatedBefore) {
        return jdbc.list(
                "SELECT id FROM crm_agent_conversation WHERE owner = ? AND updated_at < ?"
                        + " ORDER BY updated_at DESC, id DESC",
                rs -> rs.getString(1),
                owner,
                updatedBefore);
    }

    @Override
    public void deleteById(String conversationId) {
        jdbc.update("DELETE FROM crm_agent_note WHERE conversation_id = ?", conversationId);
        jdbc.update("DELETE FROM crm_agent_history WHERE conversation_id = ?", conversationId);
        jdbc.update("DELETE FROM crm_agent_pending WHERE conversation_id = ?", conversationId);
        jdbc.update("DELETE FROM crm_agent_conversation WHERE id = ?", conversationId);
    }

    @Override
    public void addNote(String conversationId, String note, Instant at) {
        jdbc.update(
                "INSERT INTO crm_agent_note (conversation_id, note, created_at) VALUES (?, ?, ?)",
                conversationId,
                note,
                at);
    }

    @Override
    public List<String> takeNotes(String conversationId) {
        List<Note> notes = jdbc.list(
                "SELECT seq, note FROM crm_agent_note WHERE conversation_id = ? ORDER BY seq",
                rs -> new Note(rs.getLong(1), rs.getString(2)),
                conversationId);
        if (notes.isEmpty()) {
            return List.of();
        }
        jdbc.update(
                "DELETE FROM crm_agent_note WHERE conversation_id = ? AND seq <= ?",
                conversationId,
                notes.get(notes.size() - 1).seq());
        return notes.stream().map(Note::text).toList();
    }

    @Override
    public void addHistory(String conversationId, StoredMessage message) {
        jdbc.update(
                "INSERT INTO crm_agent_history (conversation_id, role, message, created_at) VALUES (?, ?, ?, ?)",
                conversationId,
                message.role(),
                message.text(),
                message.at());
    }

    @Override
    public List<StoredMessage> history(String conversationId) {
        return jdbc.list(
                "SELECT role, message, created_at FROM crm_agent_history WHERE conversation_id = ? ORDER BY seq",
                rs -> new StoredMessage(rs.getString(1), rs.getString(2), jdbc.instant(rs, "created_at")),
                conversationId);
    }

    @Override
    public void trimHistory(String conversationId, int keep) {
        jdbc.one(
                        "SELECT seq FROM crm_agent_history WHERE conversation_id = ? ORDER BY seq DESC LIMIT 1 OFFSET ?",
                        rs -> rs.getLong(1),
                        conversationId,
                        keep)
                .ifPresent(seq -> jdbc.update(
                        "DELETE FROM crm_agent_history WHERE conversation_id = ? AND seq <= ?", conversationId, seq));
    }

    @Override
    public void addPending(StoredAction action) {
        jdbc.insertAction("crm_agent_pending", action);
    }

    @Override
    public List<StoredAction> pending(String conversationId) {
        return jdbc.actions("crm_agent_pending", conversationId);
    }

    @Override
    public Optional<StoredAction> takePending(String conversationId, String actionId) {
        Optional<StoredAction> action = jdbc.one(
                "SELECT " + Jdbc.ACTION_COLUMNS + " FROM crm_agent_pending WHERE id = ? AND conversation_id = ?",
                jdbc::action,
                actionId,
                conversationId);
        if (action.isEmpty()) {
            return action;
        }
        int deleted = jdbc.update(
                "DELETE FROM crm_agent_pending WHERE id = ? AND conversation_id = ?", actionId, conversationId);
        return deleted == 1 ? action : Optional.empty();
    }

    private record Note(long seq, String text) {}
}
