package dev.crmkit.core.storage.memory;

import dev.crmkit.core.audit.ActorKind;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.storage.AuditRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The audit log in memory: the entries committed when the unit of work began plus its own, which
 * join the committed log only when it commits.
 */
final class MemoryAuditRepository implements AuditRepository {

    private final InMemoryUnitOfWork work;

    MemoryAuditRepository(InMemoryUnitOfWork work) {
        this.work = work;
    }

    @Override
    public List<AuditEntry> append(List<AuditEntry> entries) {
        List<AuditEntry> stored = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            stored.add(entry.withId(work.nextAuditId()));
        }
        work.appendAudit(stored);
        return stored;
    }

    @Override
    public List<AuditEntry> byRecord(String entity, long entityId, @Nullable Long beforeId, int limit) {
        return newest(e -> e.entity().equals(entity) && e.entityId() == entityId, beforeId, limit);
    }

    @Override
    public List<AuditEntry> byActor(ActorKind kind, String actorId, @Nullable Long beforeId, int limit) {
        return newest(e -> e.actor().kind() == kind && e.actor().id().equals(actorId), beforeId, limit);
    }

    @Override
    public List<AuditEntry> byChangeSet(String changeSetId) {
        return work.auditLog().stream()
                .filter(e -> e.changeSetId().filter(changeSetId::equals).isPresent())
                .toList();
    }

    private List<AuditEntry> newest(Predicate<AuditEntry> match, @Nullable Long beforeId, int limit) {
        List<AuditEntry> log = work.auditLog();
        List<AuditEntry> found = new ArrayList<>();
        for (int i = log.size() - 1; i >= 0 && found.size() < limit; i--) {
            AuditEntry entry = log.get(i);
            if ((beforeId == null || entry.id() < beforeId) && match.test(entry)) {
                found.add(entry);
            }
        }
        return found;
    }
}
