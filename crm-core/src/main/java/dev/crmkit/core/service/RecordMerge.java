package dev.crmkit.core.service;

import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.duplicate.MergeRequest;
import dev.crmkit.core.duplicate.MergeResult;
import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.storage.CrmRepository;
import dev.crmkit.core.storage.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How records of one kind merge, written once: lock every record (ascending ids), check each
 * stored version against the caller's, choose each field, move the related rows to the survivor
 * through their repositories (versions moving on, so an edit based on the old link fails), delete
 * the others, write the survivor, publish one merged event. A dry run reads the same, without
 * locks, and writes nothing. A kind says which fields it has and which rows link to it.
 *
 * @param <T> the record
 */
abstract class RecordMerge<T extends CrmRecord> {

    /** {@return which kind of record this merges} */
    abstract DuplicateKind kind();

    /** {@return the kind's repository in a unit of work} */
    abstract CrmRepository<T> repository(UnitOfWork work);

    /** {@return the names of the fields a caller may choose, in the order forms show them} */
    abstract List<String> fields();

    /** {@return whether the record has a value for the field} */
    abstract boolean has(T record, String field);

    /** {@return the survivor with each field taken from the record {@code source} gives for it} */
    abstract T compose(T survivor, Function<String, T> source);

    /** Locks what the merged record links to that the survivor did not, before it is written; nothing by default. */
    void lockLinked(Tx tx, T survivor, T merged) {}

    /**
     * Moves the rows linked to {@code others} to the survivor (only counts them for a dry run).
     *
     * @return kind of row → how many
     */
    abstract Map<String, Integer> relink(Tx tx, T merged, List<Long> others, boolean write);

    /** {@return the one event of the merge} */
    abstract CrmEvent merged(T survivor, List<Long> others, Map<String, Integer> relinked, Instant at);

    /** Runs the merge in the unit of work in progress. */
    final MergeResult<T> run(Tx tx, MergeRequest request) {
        FieldErrors errors = new FieldErrors();
        request.fields()
                .keySet()
                .forEach(field -> errors.check(
                        fields().contains(field),
                        "fields." + field,
                        "is not a field of a " + kind().entity() + ": " + fields()));
        errors.throwIfAny();
        CrmRepository<T> records = repository(tx.work());
        List<Long> ids = new ArrayList<>(request.versions().keySet());
        if (!request.dryRun()) {
            // One order for every merge (ascending ids), so two merges over the same records queue, never deadlock.
            for (long id : ids.stream().sorted().toList()) {
                if (!records.lockById(id)) {
                    throw new NotFoundException(kind().entity(), id);
                }
            }
        }
        Map<Long, T> byId = new LinkedHashMap<>();
        for (long id : ids) {
            T record = records.getById(id);
            long expected = request.versions().get(id);
            if (record.version() != expected) {
                throw new StaleVersionException(kind().entity(), id, expected);
            }
            byId.put(id, record);
        }
        T survivor = byId.get(request.survivorId());
        T merged = compose(survivor, field -> source(field, request, survivor, byId));
        List<Long> others =
                ids.stream().filter(id -> id != request.survivorId()).toList();
        if (request.dryRun()) {
            return new MergeResult<>(merged, others, relink(tx, merged, others, false), true);
        }
        lockLinked(tx, survivor, merged);
        // A version-checked write of each other record first: where a storage read an older
        // snapshot than the lock saw, this is what refuses a record edited since (the delete does not check).
        for (long id : others) {
            records.update(byId.get(id));
        }
        Map<String, Integer> relinked = relink(tx, merged, others, true);
        // The others go before the survivor is written: it may take over an email or domain of theirs.
        for (long id : others) {
            records.deleteById(id);
        }
        // Always written, version-checked: the merge changed the survivor even when no field did.
        T stored = records.update(touch(merged, tx.now()));
        tx.emit(merged(stored, others, relinked, tx.now()));
        return new MergeResult<>(stored, others, relinked, false);
    }

    /** {@return the record with another {@code updatedAt}} */
    abstract T touch(T record, Instant at);

    private T source(String field, MergeRequest request, T survivor, Map<Long, T> byId) {
        Long chosen = request.fields().get(field);
        if (chosen != null) {
            return byId.get(chosen);
        }
        if (has(survivor, field)) {
            return survivor;
        }
        return byId.values().stream()
                .filter(record -> has(record, field))
                .findFirst()
                .orElse(survivor);
    }
}
