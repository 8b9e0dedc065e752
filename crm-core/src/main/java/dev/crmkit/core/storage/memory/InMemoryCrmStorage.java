package dev.crmkit.core.storage.memory;

import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.storage.memory.Tables.Table;
import dev.crmkit.core.trash.TrashEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The storage SPI in memory, with the schema's rules: the reference implementation every SQL
 * adapter is compared with, and a storage for tests and demos that need no database. Nothing is
 * persisted; closing forgets nothing either (the data lives as long as the instance).
 *
 * <pre>{@code
 * Crm crm = Crm.builder().storage(new InMemoryCrmStorage()).build();
 * }</pre>
 *
 * <p>Semantics, chosen to match what PostgreSQL and MariaDB do for crmkit's statements:
 * <ul>
 *   <li>a unit of work reads a snapshot taken when it began, plus its own writes, and rolls back
 *       (forgets its writes) unless committed;</li>
 *   <li>a write locks its row until commit or rollback; a write to a row another open unit of
 *       work has locked fails at once with {@link RetryableTransactionException} (where a database
 *       would wait, then detect a deadlock or time out);</li>
 *   <li>an update checks the version against the latest committed row, so of two updates based on
 *       one version the second fails with {@link dev.crmkit.core.kernel.StaleVersionException},
 *       and an update of a row deleted meanwhile with {@link dev.crmkit.core.kernel.NotFoundException};</li>
 *   <li>the unique email, the references and the cascades are checked at each write and again at
 *       commit against the latest committed state, so a race loses with a
 *       {@link dev.crmkit.core.kernel.ConflictException} as it does on a database;</li>
 *   <li>ids come from one sequence per table and are never reused, rolled back or not.</li>
 * </ul>
 *
 * <p>Thread-safe: any thread may begin a unit of work; each unit of work is confined to its thread.
 */
public final class InMemoryCrmStorage implements CrmStorage {

    private final Object lock = new Object();
    private final Map<Table, AtomicLong> sequences = new EnumMap<>(Table.class);
    /** Row → the open unit of work that wrote it. Guarded by {@link #lock}. */
    private final Map<RowKey, InMemoryUnitOfWork> rowLocks = new HashMap<>();
    /** The committed state; replaced whole at each commit, never changed in place. Guarded by {@link #lock}. */
    private Tables committed = new Tables();
    /** Agent state: not transactional (see {@link MemoryAgentState}). */
    private final MemoryAgentState agentState = new MemoryAgentState();
    /** The committed tags and taggings, swapped whole at a commit that changed them. Guarded by {@link #lock}. */
    private TagState committedTags = TagState.EMPTY;

    private final AtomicLong tagSequence = new AtomicLong();

    /** The committed audit log, append-only. Guarded by {@link #lock}. */
    private final List<AuditEntry> auditLog = new ArrayList<>();

    private final AtomicLong auditSequence = new AtomicLong();

    /** An empty storage. */
    public InMemoryCrmStorage() {
        for (Table table : Table.values()) {
            sequences.put(table, new AtomicLong());
        }
    }

    /** Begins a unit of work on a snapshot of the committed state. */
    @Override
    public UnitOfWork begin() {
        synchronized (lock) {
            return new InMemoryUnitOfWork(this, committed);
        }
    }

    /** Nothing to release. */
    @Override
    public void close() {}

    MemoryAgentState agentState() {
        return agentState;
    }

    long nextAuditId() {
        return auditSequence.incrementAndGet();
    }

    int committedAuditSize() {
        synchronized (lock) {
            return auditLog.size();
        }
    }

    /** The first {@code size} committed audit entries: what a unit of work that began then sees. */
    List<AuditEntry> committedAudit(int size) {
        synchronized (lock) {
            return List.copyOf(auditLog.subList(0, size));
        }
    }

    long nextTagId() {
        return tagSequence.incrementAndGet();
    }

    /** The committed tags, for a unit of work beginning (under {@link #lock}, with the tables' snapshot). */
    TagState committedTags() {
        synchronized (lock) {
            return committedTags;
        }
    }

    long nextId(Table table) {
        return sequences.get(table).incrementAndGet();
    }

    /**
     * Locks a row for {@code work} and returns the row as last committed (empty when it is not
     * there, or not committed yet).
     *
     * @throws RetryableTransactionException when another open unit of work holds the row
     */
    <T extends CrmRecord> Optional<T> lockRow(InMemoryUnitOfWork work, Table table, long id) {
        synchronized (lock) {
            RowKey key = new RowKey(table, id);
            InMemoryUnitOfWork holder = rowLocks.putIfAbsent(key, work);
            if (holder != null && holder != work) {
                throw new RetryableTransactionException(
                        "the " + table.name().toLowerCase(Locale.ROOT) + " " + id
                                + " is being changed by a concurrent transaction; retry the operation",
                        new IllegalStateException("row locked"));
            }
            return Optional.ofNullable(committed.<T>table(table).get(id));
        }
    }

    /**
     * Makes a unit of work's rows the committed ones, after checking every rule of the schema
     * against the latest committed state; on a broken rule nothing changes.
     */
    void commit(InMemoryUnitOfWork work, Tables written, Map<Table, Set<Long>> touched) {
        synchronized (lock) {
            try {
                TagState tags = work.tagsToCommit(committedTags);
                Tables next = committed.copy();
                touched.forEach((table, ids) -> ids.forEach(id -> copyRow(written, next, table, id)));
                for (Map.Entry<String, Optional<TrashEntry>> write :
                        work.trashWritten().entrySet()) {
                    String key = write.getKey();
                    TrashEntry entry = written.trash.get(key);
                    TrashEntry current = next.trash.get(key);
                    if (entry == null) {
                        next.trash.remove(key);
                    } else if (current != null
                            && current != entry
                            && current != write.getValue().orElse(null)) {
                        throw new ConflictException("the trash holds " + key + " already");
                    } else {
                        next.trash.put(key, entry);
                    }
                }
                for (Long id : touched.getOrDefault(Table.CONTACT, Set.of())) {
                    Optional.ofNullable(next.contacts.get(id)).ifPresent(next::requireEmailFree);
                    Optional.ofNullable(next.contacts.get(id)).ifPresent(next::requireReferences);
                }
                for (Long id : touched.getOrDefault(Table.COMPANY, Set.of())) {
                    Optional.ofNullable(next.companies.get(id)).ifPresent(next::requireDomainFree);
                }
                for (Long id : touched.getOrDefault(Table.CUSTOM_FIELD, Set.of())) {
                    Optional.ofNullable(next.customFields.get(id)).ifPresent(next::requireKeyFree);
                }
                for (Long id : touched.getOrDefault(Table.PIPELINE, Set.of())) {
                    next.requireDealsKept(id);
                }
                for (Long id : touched.getOrDefault(Table.DEAL, Set.of())) {
                    Optional.ofNullable(next.deals.get(id)).ifPresent(next::requireReferences);
                }
                for (Long id : touched.getOrDefault(Table.TASK, Set.of())) {
                    Optional.ofNullable(next.tasks.get(id)).ifPresent(next::requireReferences);
                }
                for (Long id : touched.getOrDefault(Table.ACTIVITY, Set.of())) {
                    Optional.ofNullable(next.activities.get(id)).ifPresent(next::requireReferences);
                }
                for (Long id : touched.getOrDefault(Table.STAGE_CHANGE, Set.of())) {
                    Optional.ofNullable(next.stageChanges.get(id)).ifPresent(next::requireReferences);
                }
                next.cascade();
                committed = next;
                committedTags = tags;
                auditLog.addAll(work.auditToCommit());
            } finally {
                release(work);
            }
        }
    }

    /** Forgets every lock of the unit of work. */
    void release(InMemoryUnitOfWork work) {
        synchronized (lock) {
            rowLocks.values().removeIf(holder -> holder == work);
        }
    }

    private static void copyRow(Tables from, Tables to, Table table, long id) {
        Object row = from.table(table).get(id);
        if (row == null) {
            to.table(table).remove(id);
        } else {
            to.<Object>table(table).put(id, row);
        }
    }

    private record RowKey(Table table, long id) {}
}
