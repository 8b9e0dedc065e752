package dev.crmkit.core.service;

import dev.crmkit.core.audit.AuditScope;
import dev.crmkit.core.customfield.CustomFieldValues;
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
import dev.crmkit.core.tag.Tag;
import dev.crmkit.core.tag.TagNames;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.trash.TrashKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How records of one kind merge, written once: lock every record (ascending ids), check each
 * stored version against the caller's, choose each field, move the related rows and the tags to
 * the survivor (versions moving on, so an edit based on the old link fails), move the others to
 * the trash, write the survivor, publish one merged event. A dry run reads the same, without
 * locks, and writes nothing.
 *
 * <p>Every write goes through the audit log, as the writes of the services do: each moved row's
 * changed link, each record's tags before and after (as {@link TagService} logs them), each other
 * record's delete, the survivor's changed fields. The merge runs in a change set, the caller's if
 * one is open, else its own, so that {@link ChangeSetService#undo} reverts it: the survivor's
 * fields back, the others out of the trash, their tags and rows back on them.
 *
 * <p>A kind says which fields it has (each named after the record component it sets, plus any
 * {@link #components(String) further ones}), and which rows link to it ({@link #linked}).
 *
 * @param <T> the record
 */
abstract class RecordMerge<T extends CrmRecord> {

    /** How to build the one event of a merge. */
    @FunctionalInterface
    interface MergedEvent<T> {
        /** The event for {@code survivor} having taken in {@code mergedIds}. */
        CrmEvent of(T survivor, List<Long> mergedIds, Map<String, Integer> relinked, Instant at);
    }

    private final DuplicateKind kind;
    private final Function<UnitOfWork, ? extends CrmRepository<T>> repository;
    private final List<String> fields;
    private final MergedEvent<T> merged;

    /**
     * @param kind the kind of record merged
     * @param repository its repository in a unit of work
     * @param fields the names of the fields a caller may choose, in the order forms show them
     * @param merged the one event of a merge
     */
    RecordMerge(
            DuplicateKind kind,
            Function<UnitOfWork, ? extends CrmRepository<T>> repository,
            List<String> fields,
            MergedEvent<T> merged) {
        this.kind = kind;
        this.repository = repository;
        this.fields = List.copyOf(fields);
        this.merged = merged;
    }

    /** {@return the names of the fields a caller may choose, in the order forms show them} */
    final List<String> fields() {
        return fields;
    }

    /** {@return the record components a field sets: by default the one of its name} */
    List<String> components(String field) {
        return List.of(field);
    }

    /** Locks what the merged record links to that the survivor did not, before it is written; nothing by default. */
    void lockLinked(Tx tx, T survivor, T merged) {}

    /**
     * Rows of one kind that link to a record of the merged kind, and how a row links to the survivor.
     *
     * @param name the kind of row, as the result counts them ({@code deals})
     * @param rows their repository
     * @param linkedTo the rows linked to a record (by id)
     * @param links the components a moved row gets, e.g. {@code contactId} → the survivor's id
     * @param <X> the row
     */
    record Linked<X extends CrmRecord>(
            String name,
            CrmRepository<X> rows,
            Function<Long, List<X>> linkedTo,
            Map<String, ? extends @Nullable Object> links) {}

    /** {@return the kinds of row that move from the others to {@code merged}, in the order the result counts them} */
    abstract List<Linked<?>> linked(Tx tx, T merged);

    /** Writes what moving the rows leaves to do, e.g. the survivor's own rows mirroring a merged value; nothing by default. */
    void afterRelink(Tx tx, T merged) {}

    /**
     * Merges in a change set: the caller's when one is open on this thread, else a new one. A dry
     * run writes nothing and has none.
     */
    final MergeResult<T> merge(Transactor transactor, MergeRequest request) {
        if (request.dryRun()) {
            return transactor.inTransaction(tx -> run(tx, request, Optional.empty()));
        }
        AuditTrail audit = transactor.audit();
        Optional<String> open = audit.changeSetId();
        String changeSetId = open.orElseGet(() -> UUID.randomUUID().toString());
        AuditScope scope = open.isPresent() ? () -> {} : audit.collectingInto(changeSetId);
        try (scope) {
            return transactor.inTransaction(tx -> run(tx, request, Optional.of(changeSetId)));
        }
    }

    private MergeResult<T> run(Tx tx, MergeRequest request, Optional<String> changeSetId) {
        FieldErrors errors = new FieldErrors();
        request.fields()
                .keySet()
                .forEach(field -> errors.check(
                        fields.contains(field),
                        "fields." + field,
                        "is not a field of a " + kind.entity() + ": " + fields));
        errors.throwIfAny();
        CrmRepository<T> records = repository.apply(tx.work());
        List<Long> ids = new ArrayList<>(request.versions().keySet());
        if (!request.dryRun()) {
            // One order for every merge (ascending ids), so two merges over the same records queue, never deadlock.
            for (long id : ids.stream().sorted().toList()) {
                if (!records.lockById(id)) {
                    throw new NotFoundException(kind.entity(), id);
                }
            }
        }
        Map<Long, T> byId = new LinkedHashMap<>();
        for (long id : ids) {
            T record = records.getById(id);
            long expected = request.versions().get(id);
            if (record.version() != expected) {
                throw new StaleVersionException(kind.entity(), id, expected);
            }
            byId.put(id, record);
        }
        T survivor = byId.get(request.survivorId());
        T result = compose(survivor, field -> source(field, request, survivor, byId));
        List<T> others = ids.stream()
                .filter(id -> id != request.survivorId())
                .map(byId::get)
                .toList();
        List<Long> otherIds = others.stream().map(CrmRecord::id).toList();
        Map<Long, List<Tag>> tags = tagsOf(tx, byId.keySet());
        refuseTooManyTags(tags);
        boolean write = !request.dryRun();
        if (write) {
            lockLinked(tx, survivor, result);
            // A version-checked write of each other record first: where a storage read an older
            // snapshot than the lock saw, this is what refuses a record edited since (the delete
            // does not check). It changes no field, so it has no audit entry.
            others.forEach(records::update);
        }
        Map<String, Integer> relinked = new LinkedHashMap<>();
        for (Linked<?> rows : linked(tx, result)) {
            relinked.put(rows.name(), moveAll(tx, rows, otherIds, write));
        }
        if (write) {
            afterRelink(tx, result);
        }
        relinked.put("tags", moveTags(tx, survivor, others, tags, write));
        if (!write) {
            return new MergeResult<>(result, otherIds, relinked, true, changeSetId);
        }
        // The others go before the survivor is written: it may take over an email or domain of theirs.
        TrashKind trashKind = TrashKind.of(kind.entity()).orElseThrow();
        for (T other : others) {
            records.deleteById(other.id());
            tx.audit(records.entity(), other, null);
            // As the caller saw it: a restore brings back the record they merged.
            TrashService.keep(tx, new TrashSnapshot(trashKind, other));
        }
        // Always written, version-checked: the merge changed the survivor even when no field did.
        T stored = records.update(touched(result, tx.now()));
        tx.audit(records.entity(), survivor, stored);
        tx.emit(merged.of(stored, otherIds, relinked, tx.now()));
        return new MergeResult<>(stored, otherIds, relinked, false, changeSetId);
    }

    /**
     * Moves rows to the survivor: each gets the {@code links} values and the operation's {@code
     * updatedAt}, version-checked and audited (only counted for a dry run).
     *
     * @return how many rows
     */
    static <X extends CrmRecord> int move(
            Tx tx, CrmRepository<X> rows, List<X> found, Map<String, ? extends @Nullable Object> links, boolean write) {
        if (write) {
            Map<String, @Nullable Object> values = new HashMap<>(links);
            values.put("updatedAt", tx.now());
            for (X row : found) {
                X stored = rows.update(RecordFields.with(row, values));
                tx.audit(rows.entity(), row, stored);
            }
        }
        return found.size();
    }

    private static <X extends CrmRecord> int moveAll(Tx tx, Linked<X> rows, List<Long> others, boolean write) {
        int moved = 0;
        for (long from : others) {
            moved += move(tx, rows.rows(), rows.linkedTo().apply(from), rows.links(), write);
        }
        return moved;
    }

    /**
     * Puts the others' tags on the survivor (those it lacks) and takes them off the others, each
     * change of a record's tags audited as {@link TagService} audits it.
     *
     * @return how many tags the survivor gains
     */
    private int moveTags(Tx tx, T survivor, List<T> others, Map<Long, List<Tag>> tags, boolean write) {
        TaggableKind taggable = taggable();
        String entity = repository.apply(tx.work()).entity();
        long to = survivor.id();
        List<Tag> kept = tags.getOrDefault(to, List.of());
        Set<Long> keptIds = new LinkedHashSet<>();
        kept.forEach(tag -> keptIds.add(tag.id()));
        Map<Long, Tag> gained = new LinkedHashMap<>();
        for (T other : others) {
            for (Tag tag : tags.getOrDefault(other.id(), List.of())) {
                if (!keptIds.contains(tag.id())) {
                    gained.putIfAbsent(tag.id(), tag);
                }
            }
            if (write && tags.containsKey(other.id())) {
                tx.work().tags().removeTaggings(taggable, other.id());
                tx.auditTags(entity, other, names(tags.get(other.id())), List.of());
            }
        }
        if (write && !gained.isEmpty()) {
            gained.keySet().forEach(tagId -> tx.work().tags().addTagging(taggable, to, tagId));
            List<Tag> after = new ArrayList<>(kept);
            after.addAll(gained.values());
            tx.auditTags(entity, survivor, names(kept), names(after));
        }
        return gained.size();
    }

    private TaggableKind taggable() {
        return TaggableKind.ofCode(kind.entity()).orElseThrow();
    }

    private Map<Long, List<Tag>> tagsOf(Tx tx, Collection<Long> ids) {
        return tx.work().tags().tagsOf(taggable(), List.copyOf(ids));
    }

    /**
     * Refuses a merge whose survivor would carry more tags than one record may: the merge would
     * write a record that no tag command can produce (and that a later edit of its tags refuses).
     */
    private static void refuseTooManyTags(Map<Long, List<Tag>> tags) {
        long merged = tags.values().stream()
                .flatMap(List::stream)
                .map(Tag::id)
                .distinct()
                .count();
        FieldErrors errors = new FieldErrors();
        errors.check(
                merged <= TagNames.PER_RECORD_MAX,
                "tags",
                "the merged record would carry " + merged + " tags, more than the " + TagNames.PER_RECORD_MAX
                        + " one record may; remove some tags first");
        errors.throwIfAny();
    }

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(Tag::name).sorted(TagNames.ORDER).toList();
    }

    /** {@return the survivor with each field's components taken from the record {@code source} gives for it} */
    private T compose(T survivor, Function<String, T> source) {
        Map<String, @Nullable Object> values = new HashMap<>();
        for (String field : fields) {
            T from = source.apply(field);
            for (String component : components(field)) {
                values.put(component, RecordFields.read(from, component));
            }
        }
        return RecordFields.with(survivor, values);
    }

    /** {@return whether the record has a value for the field: one of its components set} */
    private boolean has(T record, String field) {
        return components(field).stream()
                .map(component -> RecordFields.read(record, component))
                .anyMatch(value -> value != null && !(value instanceof CustomFieldValues v && v.isEmpty()));
    }

    private static <X extends CrmRecord> X touched(X record, Instant at) {
        return RecordFields.with(record, Map.of("updatedAt", at));
    }

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
