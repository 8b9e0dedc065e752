package dev.crmkit.core.storage.memory;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.storage.TrashRepository;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.trash.TrashEntry;
import dev.crmkit.core.trash.TrashKind;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The trash in memory: entries in the unit of work's tables, records put back through their repositories. */
final class MemoryTrashRepository implements TrashRepository {

    /** Newest deletion first, then kind and id descending: the order of {@link #page}. */
    private static final Comparator<TrashEntry> NEWEST_FIRST = Comparator.comparing(TrashEntry::deletedAt)
            .thenComparing(e -> e.kind().code())
            .thenComparingLong(TrashEntry::recordId)
            .reversed();

    /** The repository that puts a trashed record of each kind back, by the record's class. */
    private static final Map<Class<?>, Function<InMemoryUnitOfWork, MemoryRepository<?>>> REPOSITORIES = Map.of(
            Contact.class, MemoryContactRepository::new,
            Company.class, MemoryCompanyRepository::new,
            Deal.class, MemoryDealRepository::new,
            Task.class, MemoryTaskRepository::new,
            Activity.class, MemoryActivityRepository::new,
            Pipeline.class, MemoryPipelineRepository::new,
            DealStageChange.class, MemoryDealStageChangeRepository::new);

    private final InMemoryUnitOfWork work;

    MemoryTrashRepository(InMemoryUnitOfWork work) {
        this.work = work;
    }

    @Override
    public void insert(TrashEntry entry) {
        String key = Tables.trashKey(entry.kind(), entry.recordId());
        if (work.read().trash.containsKey(key)) {
            throw new ConflictException("the trash holds " + key + " already");
        }
        work.writeTrash(key).trash.put(key, entry);
    }

    @Override
    public Optional<TrashEntry> find(TrashKind kind, long recordId) {
        return Optional.ofNullable(work.read().trash.get(Tables.trashKey(kind, recordId)));
    }

    @Override
    public List<TrashEntry> page(@Nullable TrashKind kind, @Nullable TrashEntry after, int limit) {
        return work.read().trash.values().stream()
                .filter(e -> kind == null || e.kind() == kind)
                .filter(e -> after == null || NEWEST_FIRST.compare(e, after) > 0)
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .map(TrashEntry::withoutSnapshot)
                .toList();
    }

    @Override
    public long count(@Nullable TrashKind kind) {
        return work.read().trash.values().stream()
                .filter(e -> kind == null || e.kind() == kind)
                .count();
    }

    @Override
    public List<TrashEntry> deletedBefore(Instant cutoff, int limit) {
        return work.read().trash.values().stream()
                .filter(e -> e.deletedAt().isBefore(cutoff))
                .sorted(NEWEST_FIRST.reversed())
                .limit(limit)
                .map(TrashEntry::withoutSnapshot)
                .toList();
    }

    @Override
    public boolean delete(TrashKind kind, long recordId) {
        String key = Tables.trashKey(kind, recordId);
        if (!work.read().trash.containsKey(key)) {
            return false;
        }
        work.writeTrash(key).trash.remove(key);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void reinsert(CrmRecord record) {
        Function<InMemoryUnitOfWork, MemoryRepository<?>> repository = REPOSITORIES.get(record.getClass());
        if (repository == null) {
            throw new IllegalArgumentException(
                    "cannot restore a " + record.getClass().getSimpleName());
        }
        ((MemoryRepository<CrmRecord>) repository.apply(work)).reinsert(record);
    }
}
