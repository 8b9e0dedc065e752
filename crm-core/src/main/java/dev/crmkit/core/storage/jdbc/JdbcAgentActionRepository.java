package dev.crmkit.core.storage.jdbc;

import dev.crmkit.core.agentstate.StoredAction;
import dev.crmkit.core.storage.AgentActionRepository;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** {@link AgentActionRepository} on the connection of an adapter's unit of work. */
public final class JdbcAgentActionRepository extends JdbcRepository implements AgentActionRepository {

    /**
     * @param connection the connection of the current transaction; called for each statement,
     *     never closed here
     */
    public JdbcAgentActionRepository(Supplier<Connection> connection) {
        super(connection);
    }

    @Override
    public void save(StoredAction a) {
        int updated = jdbc.update(
                "UPDATE crm_agent_action SET acted_at = ?, status = ?, result = ?, error = ? WHERE id = ?",
                a.at(),
                a.status(),
                a.result(),
                a.error(),
                a.id());
        if (updated == 0) {
            jdbc.insertAction("crm_agent_action", a);
        }
    }

    @Override
    public List<StoredAction> byConversation(String conversationId) {
        return jdbc.actions("crm_agent_action", conversationId);
    }

    @Override
    public void prune(String owner, Instant before, int keep) {
        jdbc.update("DELETE FROM crm_agent_action WHERE owner = ? AND acted_at < ?", owner, before);
        jdbc.one(
                        "SELECT seq FROM crm_agent_action WHERE owner = ? ORDER BY seq DESC LIMIT 1 OFFSET ?",
                        rs -> rs.getLong(1),
                        owner,
                        keep)
                .ifPresent(seq -> jdbc.update("DELETE FROM crm_agent_action WHERE owner = ? AND seq <= ?", owner, seq));
    }
}
