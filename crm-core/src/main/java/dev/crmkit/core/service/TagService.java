package dev.crmkit.core.service;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.storage.CrmRepository;
import dev.crmkit.core.storage.TagRepository;
import dev.crmkit.core.tag.Tag;
import dev.crmkit.core.tag.TagEvent;
import dev.crmkit.core.tag.TagNames;
import dev.crmkit.core.tag.TagUsage;
import dev.crmkit.core.tag.TaggableKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Tags records, lists, renames and deletes tags. A name is normalized ({@link TagNames}) and names
 * one tag whatever its letter case; tagging a record with a name no tag has yet creates the tag
 * ({@link TagEvent.Created}). Each change of a record's tags publishes one {@link
 * TagEvent.RecordTagsChanged}; a record's own version does not move (its tags are not its fields).
 * The record's row is locked first, so tagging a record being deleted either waits and fails with
 * {@link NotFoundException}, or runs before the delete removes its taggings. Deleting a contact or
 * a deal takes its tags off in the same transaction (their services do it).
 *
 * <p>Reads of many records' tags ({@link #tagsOf(TaggableKind, Collection)}) take one statement,
 * so a page of records costs one query for its tags, not one per row. Every method is one
 * transaction (or joins {@link dev.crmkit.core.Crm#inTransaction}). Thread-safe.
 */
public final class TagService extends TransactionalService {

    /** The field a change of a record's tags is audited as, an update of the record. */
    static final String AUDITED_FIELD = "tags";

    /**
     * How often a change of a record's tags is tried when a concurrent transaction creates a tag
     * of a name it creates too: after a lost race the tag exists, so the second attempt finds it.
     */
    static final int TAG_RACE_ATTEMPTS = 3;

    TagService(Transactor transactor) {
        super(transactor);
    }

    /**
     * {@return the names of a record's tags, sorted by {@link TagNames#ORDER}; empty for a record without tags}
     *
     * @param kind the record's kind
     * @param recordId the record's id
     */
    public List<String> tagsOf(TaggableKind kind, long recordId) {
        return tagsOf(kind, List.of(recordId)).getOrDefault(recordId, List.of());
    }

    /**
     * The tags of many records in one query: what a page of records needs.
     *
     * @param kind the records' kind
     * @param recordIds the records' ids
     * @return record id → the names of its tags, sorted; records without tags are left out
     */
    public Map<Long, List<String>> tagsOf(TaggableKind kind, Collection<Long> recordIds) {
        Objects.requireNonNull(kind, "kind");
        List<Long> ids = recordIds.stream().distinct().toList();
        return transactor.inTransaction(tx -> {
            Map<Long, List<String>> names = new HashMap<>();
            tx.work().tags().tagsOf(kind, ids).forEach((id, tags) -> names.put(id, sortedNames(tags)));
            return names;
        });
    }

    /**
     * Sets a record's tags to exactly these names, creating tags that do not exist yet.
     *
     * @param kind the record's kind
     * @param recordId the record's id
     * @param names the names; normalized, duplicates (ignoring case) dropped
     * @return the record's tag names now, sorted
     * @throws dev.crmkit.core.kernel.ValidationException (field {@code tags}) on a name that breaks a rule
     * @throws NotFoundException when there is no such record
     */
    public List<String> replace(TaggableKind kind, long recordId, Collection<String> names) {
        List<String> wanted = TagNames.normalizeAll("tags", names);
        return change(kind, recordId, current -> wanted);
    }

    /**
     * Adds tags to a record, keeping the ones it has.
     *
     * @param kind the record's kind
     * @param recordId the record's id
     * @param names the names to add
     * @return the record's tag names now, sorted
     * @throws dev.crmkit.core.kernel.ValidationException (field {@code tags}) on a name that breaks a
     *     rule, or when the record would carry more than {@value TagNames#PER_RECORD_MAX} tags
     * @throws NotFoundException when there is no such record
     */
    public List<String> tag(TaggableKind kind, long recordId, Collection<String> names) {
        List<String> added = TagNames.normalizeAll("tags", names);
        return change(
                kind,
                recordId,
                current -> TagNames.normalizeAll(
                        "tags", Stream.concat(current.stream(), added.stream()).toList()));
    }

    /**
     * Takes tags off a record; names it does not carry are ignored.
     *
     * @param kind the record's kind
     * @param recordId the record's id
     * @param names the names to take off, in any letter case
     * @return the record's tag names now, sorted
     * @throws dev.crmkit.core.kernel.ValidationException (field {@code tags}) on a name that breaks a rule
     * @throws NotFoundException when there is no such record
     */
    public List<String> untag(TaggableKind kind, long recordId, Collection<String> names) {
        Set<String> removed = new LinkedHashSet<>();
        TagNames.normalizeAll("tags", names).forEach(name -> removed.add(TagNames.key(name)));
        return change(
                kind,
                recordId,
                current -> current.stream()
                        .filter(name -> !removed.contains(TagNames.key(name)))
                        .toList());
    }

    /** {@return every tag with the number of records carrying it, ordered by name ignoring case} */
    public List<TagUsage> list() {
        return transactor.inTransaction(tx -> tx.work().tags().usage());
    }

    /**
     * {@return the tag with this name, ignoring letter case}
     *
     * @param name the name
     */
    public Optional<Tag> findByName(String name) {
        String key = TagNames.key(
                TagNames.normalizeAll("name", Collections.singletonList(name)).get(0));
        return transactor.inTransaction(
                tx -> tx.work().tags().findByKeys(List.of(key)).stream().findFirst());
    }

    /**
     * {@return the tag with this id}
     *
     * @param id the tag's id
     * @throws NotFoundException when there is no such tag
     */
    public Tag getById(long id) {
        return transactor.inTransaction(tx -> requireTag(tx.work().tags(), id));
    }

    /**
     * Renames a tag; every record carrying it shows the new name. Changing only the letter case
     * ("vip" to "VIP") is a rename too.
     *
     * @param id the tag's id
     * @param name the new name
     * @return the renamed tag
     * @throws dev.crmkit.core.kernel.ValidationException (field {@code name}) on a name that breaks a rule
     * @throws NotFoundException when there is no such tag
     * @throws ConflictException (field {@code name}, with the other tag's id) when another tag has the name
     */
    public Tag rename(long id, String name) {
        FieldErrors errors = new FieldErrors();
        String normalized = TagNames.normalize("name", name, errors);
        errors.throwIfAny();
        String newName = Objects.requireNonNull(normalized);
        return transactor.inTransaction(tx -> {
            TagRepository tags = tx.work().tags();
            Tag current = requireTag(tags, id);
            if (current.name().equals(newName)) {
                return current;
            }
            tags.findByKeys(List.of(TagNames.key(newName))).stream()
                    .filter(other -> other.id() != id)
                    .findFirst()
                    .ifPresent(other -> {
                        throw new ConflictException(
                                "tag name " + newName + " is already used by tag " + other.id(), "name", other.id());
                    });
            tags.rename(id, newName);
            Tag renamed = new Tag(id, newName, current.createdAt());
            tx.emit(new TagEvent.Renamed(current, renamed, tx.now()));
            return renamed;
        });
    }

    /**
     * Deletes a tag, taking it off every record that carries it.
     *
     * @param id the tag's id
     * @throws NotFoundException when there is no such tag
     */
    public void delete(long id) {
        transactor.inTransaction(tx -> {
            TagRepository tags = tx.work().tags();
            Tag current = requireTag(tags, id);
            tags.deleteById(id);
            tx.emit(new TagEvent.Deleted(id, current.name(), tx.now()));
            return null;
        });
    }

    /**
     * Undoes one audited change of a record's tags inside an undo's unit of work: the record
     * carries the names of {@code oldValue} again (as written by {@link AuditTrail#recordTags}).
     */
    void restoreForUndo(TaggableKind kind, long recordId, Optional<String> oldValue) {
        List<String> names = oldValue.map(text -> List.of(text.split(", "))).orElse(List.of());
        replace(kind, recordId, names);
    }

    /**
     * Sets a record's tags inside an operation already running, as {@link #replace} does in its own:
     * for an operation that writes the record and its tags as one unit (a customizable service's
     * update).
     */
    static List<String> replace(Tx tx, TaggableKind kind, long recordId, Collection<String> names) {
        List<String> wanted = TagNames.normalizeAll("tags", names);
        return change(tx, kind, recordId, current -> wanted);
    }

    private List<String> change(TaggableKind kind, long recordId, Function<List<String>, List<String>> next) {
        Objects.requireNonNull(kind, "kind");
        return transactor.inTransactionRetrying(
                TagCreatedConcurrently.class::isInstance, TAG_RACE_ATTEMPTS, tx -> change(tx, kind, recordId, next));
    }

    /**
     * Creates a tag. Two transactions tagging records with the same new name both find no tag, and
     * the schema refuses the second insert: that one is run again ({@link TagCreatedConcurrently}).
     */
    private static Tag insert(TagRepository tags, String name, Tx tx) {
        try {
            return tags.insert(name, tx.now());
        } catch (ConflictException taken) {
            throw new TagCreatedConcurrently(name, taken);
        }
    }

    /** Locks the record, computes its new names from the current ones, and writes the difference. */
    private static List<String> change(
            Tx tx, TaggableKind kind, long recordId, Function<List<String>, List<String>> next) {
        CrmRepository<?> records = records(tx, kind);
        if (!records.lockById(recordId)) {
            throw new NotFoundException(records.entity(), recordId);
        }
        TagRepository tags = tx.work().tags();
        List<Tag> current = tags.tagsOf(kind, List.of(recordId)).getOrDefault(recordId, List.of());
        List<String> before = sortedNames(current);
        List<String> wanted = next.apply(before);
        if (wanted.size() > TagNames.PER_RECORD_MAX) {
            FieldErrors errors = new FieldErrors();
            errors.add("tags", "must hold at most " + TagNames.PER_RECORD_MAX + " tags");
            errors.throwIfAny();
        }
        Map<String, Tag> existing = new HashMap<>();
        tags.findByKeys(wanted.stream().map(TagNames::key).toList()).forEach(tag -> existing.put(tag.key(), tag));
        Set<Long> keep = new LinkedHashSet<>();
        List<String> after = new ArrayList<>();
        for (String name : wanted) {
            Tag tag = existing.get(TagNames.key(name));
            if (tag == null) {
                tag = insert(tags, name, tx);
                tx.emit(new TagEvent.Created(tag, tx.now()));
            }
            keep.add(tag.id());
            after.add(tag.name());
            tags.addTagging(kind, recordId, tag.id());
        }
        for (Tag tag : current) {
            if (!keep.contains(tag.id())) {
                tags.removeTagging(kind, recordId, tag.id());
            }
        }
        after.sort(TagNames.ORDER);
        if (!after.equals(before)) {
            tx.auditTags(records.entity(), records.getById(recordId), before, after);
            tx.emit(new TagEvent.RecordTagsChanged(kind, recordId, before, after, tx.now()));
        }
        return List.copyOf(after);
    }

    /** The repository of the records of this kind: the one line a new taggable kind adds. */
    private static CrmRepository<?> records(Tx tx, TaggableKind kind) {
        return switch (kind) {
            case CONTACT -> tx.work().contacts();
            case DEAL -> tx.work().deals();
            case COMPANY -> tx.work().companies();
        };
    }

    private static Tag requireTag(TagRepository tags, long id) {
        return tags.findById(id).orElseThrow(() -> new NotFoundException("tag", id));
    }

    private static List<String> sortedNames(List<Tag> tags) {
        return tags.stream().map(Tag::name).sorted(TagNames.ORDER).toList();
    }
}
