package dev.crmkit.core.storage.memory;

import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.storage.ActivityRepository;
import dev.crmkit.core.storage.AgentActionRepository;
import dev.crmkit.core.storage.AgentConversationRepository;
import dev.crmkit.core.storage.AuditRepository;
import dev.crmkit.core.storage.CompanyRepository;
import dev.crmkit.core.storage.ContactRepository;
import dev.crmkit.core.storage.CustomFieldRepository;
import dev.crmkit.core.storage.DealRepository;
import dev.crmkit.core.storage.DealStageChangeRepository;
import dev.crmkit.core.storage.PipelineRepository;
import dev.crmkit.core.storage.SearchRepository;
import dev.crmkit.core.storage.TagRepository;
import dev.crmkit.core.storage.TaskRepository;
import dev.crmkit.core.storage.TrashRepository;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.storage.memory.Tables.Table;
import dev.crmkit.core.trash.TrashEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One in-memory transaction: a snapshot of the committed tables, copied on the first write so
 * that its changes stay private until {@link #commit()}. Not thread-safe.
 */
final class InMemoryUnitOfWork implements UnitOfWork {

    private final InMemoryCrmStorage storage;
    private Tables tables;
    private boolean copied;
    private final Map<Table, Set<Long>> touched = new EnumMap<>(Table.class);
    private boolean done;
    private final TagState tagBase;
    private TagState tags;
    private boolean tagsWritten;
    /** The trash keys this unit of work wrote, each with the entry it saw before its first write. */
    private final Map<String, Optional<TrashEntry>> trashWritten = new HashMap<>();
    /** How many committed audit entries this unit of work sees: the log is append-only. */
    private final int auditSeen;

    private final List<AuditEntry> auditWritten = new ArrayList<>();

    InMemoryUnitOfWork(InMemoryCrmStorage storage, Tables snapshot) {
        this.storage = storage;
        this.tables = snapshot;
        // Called by the storage under its lock, so the tags are of the same moment as the tables.
        this.tagBase = storage.committedTags();
        this.tags = tagBase;
        this.auditSeen = storage.committedAuditSize();
    }

    @Override
    public ContactRepository contacts() {
        return new MemoryContactRepository(this);
    }

    @Override
    public PipelineRepository pipelines() {
        return new MemoryPipelineRepository(this);
    }

    @Override
    public DealRepository deals() {
        return new MemoryDealRepository(this);
    }

    @Override
    public TaskRepository tasks() {
        return new MemoryTaskRepository(this);
    }

    @Override
    public CompanyRepository companies() {
        return new MemoryCompanyRepository(this);
    }

    @Override
    public ActivityRepository activities() {
        return new MemoryActivityRepository(this);
    }

    @Override
    public DealStageChangeRepository dealStageChanges() {
        return new MemoryDealStageChangeRepository(this);
    }

    @Override
    public AgentConversationRepository agentConversations() {
        requireActive();
        return storage.agentState();
    }

    @Override
    public AgentActionRepository agentActions() {
        requireActive();
        return storage.agentState();
    }

    @Override
    public SearchRepository search() {
        return new MemorySearchRepository(this);
    }

    @Override
    public CustomFieldRepository customFields() {
        return new MemoryCustomFieldRepository(this);
    }

    @Override
    public TagRepository tags() {
        requireActive();
        return new MemoryTagRepository(this);
    }

    @Override
    public TrashRepository trash() {
        requireActive();
        return new MemoryTrashRepository(this);
    }

    /** The trash to change: entries are keyed, not locked (a second insert of a key is refused at commit). */
    Tables writeTrash(String key) {
        requireActive();
        trashWritten.computeIfAbsent(key, k -> Optional.ofNullable(tables.trash.get(k)));
        if (!copied) {
            tables = tables.copy();
            copied = true;
        }
        return tables;
    }

    /**
     * The keys of the trash entries this unit of work added or removed, each with the entry it saw
     * before: a key removed and added again (an undo restoring a record, then deleting it) is
     * written over the entry it saw, not over a concurrent one.
     */
    Map<String, Optional<TrashEntry>> trashWritten() {
        return trashWritten;
    }

    @Override
    public dev.crmkit.core.storage.DuplicateRepository duplicates() {
        return new MemoryDuplicateRepository(this);
    }

    @Override
    public AuditRepository audit() {
        requireActive();
        return new MemoryAuditRepository(this);
    }

    /** The audit log as this unit of work sees it, oldest first. */
    List<AuditEntry> auditLog() {
        requireActive();
        List<AuditEntry> log = new ArrayList<>(storage.committedAudit(auditSeen));
        log.addAll(auditWritten);
        return log;
    }

    void appendAudit(List<AuditEntry> entries) {
        requireActive();
        auditWritten.addAll(entries);
    }

    long nextAuditId() {
        return storage.nextAuditId();
    }

    /** The audit entries this unit of work wrote, joining the log when it commits. */
    List<AuditEntry> auditToCommit() {
        return auditWritten;
    }

    /** The tags as this unit of work sees them. */
    TagState tagState() {
        requireActive();
        return tags;
    }

    /** Replaces this unit of work's tags; committed whole. */
    void writeTags(TagState next) {
        requireActive();
        tags = next;
        tagsWritten = true;
    }

    long nextTagId() {
        return storage.nextTagId();
    }

    /**
     * The tags to commit: this unit of work's, when it wrote any and nobody committed tags since it
     * began; else the committed ones unchanged.
     *
     * @throws RetryableTransactionException when both this and another unit of work changed tags
     */
    TagState tagsToCommit(TagState committedNow) {
        if (!tagsWritten) {
            return committedNow;
        }
        if (committedNow != tagBase) {
            throw new RetryableTransactionException(
                    "the tags were changed by a concurrent transaction; retry the operation",
                    new IllegalStateException("tags changed"));
        }
        return tags;
    }

    @Override
    public void commit() {
        requireActive();
        done = true;
        storage.commit(this, tables, touched);
    }

    @Override
    public void close() {
        if (!done) {
            done = true;
            storage.release(this);
        }
    }

    /** The tables as this unit of work sees them; read only. */
    Tables read() {
        requireActive();
        return tables;
    }

    /** The tables to change, after locking the row about to be written. */
    Tables write(Table table, long id) {
        requireActive();
        storage.lockRow(this, table, id);
        touched.computeIfAbsent(table, t -> new HashSet<>()).add(id);
        if (!copied) {
            tables = tables.copy();
            copied = true;
        }
        return tables;
    }

    /**
     * Locks an existing row for an update or delete and checks that the caller's version is the
     * latest: the one committed, or the one this unit of work wrote.
     *
     * @throws NotFoundException when the row is gone, here or in the committed state
     * @throws StaleVersionException when the row has another version
     */
    Tables writeExisting(Table table, String entity, long id, long version) {
        boolean ownRow = touched.getOrDefault(table, Set.of()).contains(id);
        Optional<CrmRecord> committedRow = storage.lockRow(this, table, id);
        CrmRecord latest = ownRow ? tables.<CrmRecord>table(table).get(id) : committedRow.orElse(null);
        if (latest == null) {
            throw new NotFoundException(entity, id);
        }
        if (latest.version() != version) {
            throw new StaleVersionException(entity, id, version);
        }
        return write(table, id);
    }

    /**
     * Locks a row without writing it, as {@code SELECT ... FOR UPDATE} does, and tells whether it
     * exists in the latest state: the one this unit of work wrote, else the one committed (not the
     * snapshot, which may be older). The row is not marked written, so commit leaves it as it is.
     *
     * @throws dev.crmkit.core.kernel.RetryableTransactionException when another open unit of work holds the row
     */
    boolean lock(Table table, long id) {
        requireActive();
        boolean ownRow = touched.getOrDefault(table, Set.of()).contains(id);
        Optional<CrmRecord> committedRow = storage.lockRow(this, table, id);
        return ownRow ? tables.table(table).containsKey(id) : committedRow.isPresent();
    }

    long nextId(Table table) {
        return storage.nextId(table);
    }

    /** Marks the rows a cascade changed as written by this unit of work, locking them. */
    void touchedByCascade(Map<Table, Set<Long>> rows) {
        rows.forEach((table, ids) -> ids.forEach(id -> write(table, id)));
    }

    private void requireActive() {
        if (done) {
            throw new IllegalStateException("this unit of work is committed or closed; begin a new one");
        }
    }
}
