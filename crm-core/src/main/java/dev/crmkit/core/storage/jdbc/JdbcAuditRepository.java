package dev.crmkit.core.storage.jdbc;

import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.ActorKind;
import dev.crmkit.core.audit.AuditAction;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.audit.ChangeCodec;
import dev.crmkit.core.storage.AuditRepository;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@link AuditRepository} on the connection of an adapter's unit of work: both adapters share
 * these statements (audit rows have no entity or mapper), so an entry commits and rolls back with
 * the write it describes. Appends of many entries are one insert per chunk ({@link
 * Jdbc#insertAll}).
 */
public final class JdbcAuditRepository extends JdbcRepository implements AuditRepository {

    private static final String COLUMNS = "id, entity, entity_id, operation, actor_kind, actor_id, on_behalf_of,"
            + " change_set_id, acted_at, record_version, changes";
    private static final InsertInto INSERT = InsertInto.of(
            "crm_audit",
            "entity",
            "entity_id",
            "operation",
            "actor_kind",
            "actor_id",
            "on_behalf_of",
            "change_set_id",
            "acted_at",
            "record_version",
            "changes");
    private static final int BATCH = 500;

    /**
     * @param connection the connection of the current transaction; called for each statement,
     *     never closed here
     */
    public JdbcAuditRepository(Supplier<Connection> connection) {
        super(connection);
    }

    @Override
    public List<AuditEntry> append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<@Nullable Object[]> rows = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            rows.add(new @Nullable Object[] {
                e.entity(),
                e.entityId(),
                e.action().name(),
                e.actor().kind().name(),
                e.actor().id(),
                e.actor().onBehalfOf().orElse(null),
                e.changeSetId().orElse(null),
                e.at(),
                e.version(),
                ChangeCodec.encode(e.changes())
            });
        }
        long[] ids = entries.size() == 1
                ? new long[] {jdbc.insert(INSERT.valuesSql(), rows.get(0))}
                : jdbc.insertAll(INSERT, rows, BATCH);
        List<AuditEntry> stored = new ArrayList<>(entries.size());
        for (int i = 0; i < ids.length; i++) {
            stored.add(entries.get(i).withId(ids[i]));
        }
        return stored;
    }

    @Override
    public List<AuditEntry> byRecord(String entity, long entityId, @Nullable Long beforeId, int limit) {
        return newestFirst("entity = ? AND entity_id = ?", entity, entityId, beforeId, limit);
    }

    @Override
    public List<AuditEntry> byActor(ActorKind kind, String actorId, @Nullable Long beforeId, int limit) {
        return newestFirst("actor_kind = ? AND actor_id = ?", kind.name(), actorId, beforeId, limit);
    }

    /** The entries matching a two-key filter (crmkit's own SQL), newest first, below {@code beforeId}. */
    private List<AuditEntry> newestFirst(
            String filter, Object first, Object second, @Nullable Long beforeId, int limit) {
        return jdbc.list(
                "SELECT " + COLUMNS + " FROM crm_audit WHERE " + filter + " AND id < ? ORDER BY id DESC LIMIT " + limit,
                this::entry,
                first,
                second,
                beforeId == null ? Long.MAX_VALUE : beforeId);
    }

    @Override
    public List<AuditEntry> byChangeSet(String changeSetId) {
        return jdbc.list(
                "SELECT " + COLUMNS + " FROM crm_audit WHERE change_set_id = ? ORDER BY id", this::entry, changeSetId);
    }

    private AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getString("entity"),
                rs.getLong("entity_id"),
                AuditAction.valueOf(rs.getString("operation")),
                Actor.of(rs.getString("actor_kind"), rs.getString("actor_id"), rs.getString("on_behalf_of")),
                jdbc.instant(rs, "acted_at"),
                Optional.ofNullable(rs.getString("change_set_id")),
                rs.getLong("record_version"),
                ChangeCodec.decode(rs.getString("changes")));
    }
}
