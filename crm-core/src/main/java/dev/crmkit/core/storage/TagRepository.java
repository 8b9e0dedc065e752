package dev.crmkit.core.storage;

import dev.crmkit.core.tag.Tag;
import dev.crmkit.core.tag.TagUsage;
import dev.crmkit.core.tag.TaggableKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persists tags ({@code crm_tag}) and which records carry them ({@code crm_tagging}: kind, record
 * id, tag id). Owned by a {@link UnitOfWork} and valid inside it; not thread-safe. Names are
 * passed normalized and keys lower-cased ({@link dev.crmkit.core.tag.TagNames}); the rules live in
 * {@link dev.crmkit.core.service.TagService}. A record's taggings have no foreign key to the record
 * (one table serves every kind): the services remove them when they delete the record.
 */
public interface TagRepository {

    /**
     * {@return the tag with this id}
     *
     * @param id the tag's id
     */
    Optional<Tag> findById(long id);

    /**
     * {@return the tags with these keys, in no particular order; unknown keys are left out}
     *
     * @param keys lower-cased names
     */
    List<Tag> findByKeys(Collection<String> keys);

    /**
     * Inserts a tag.
     *
     * @param name the normalized name
     * @param createdAt when
     * @return the tag as stored, with the database's id
     * @throws dev.crmkit.core.kernel.ConflictException (field {@code name}) when another tag has its key
     */
    Tag insert(String name, Instant createdAt);

    /**
     * Renames a tag.
     *
     * @param id the tag's id
     * @param name the new normalized name
     * @return false when there is no such tag
     * @throws dev.crmkit.core.kernel.ConflictException (field {@code name}) when another tag has its key
     */
    boolean rename(long id, String name);

    /**
     * Deletes a tag and every tagging of it.
     *
     * @param id the tag's id
     * @return false when there was no such tag
     */
    boolean deleteById(long id);

    /** {@return every tag with the number of records carrying it, ordered by key} */
    List<TagUsage> usage();

    /**
     * The tags of many records of one kind, in one statement: what a page of records needs.
     *
     * @param kind the records' kind
     * @param recordIds the records' ids
     * @return record id → its tags; records without tags are left out
     */
    Map<Long, List<Tag>> tagsOf(TaggableKind kind, Collection<Long> recordIds);

    /**
     * Puts a tag on a record; nothing when it is there already.
     *
     * @param kind the record's kind
     * @param recordId the record's id
     * @param tagId the tag's id
     */
    void addTagging(TaggableKind kind, long recordId, long tagId);

    /**
     * Takes a tag off a record; nothing when it is not there.
     *
     * @param kind the record's kind
     * @param recordId the record's id
     * @param tagId the tag's id
     */
    void removeTagging(TaggableKind kind, long recordId, long tagId);

    /**
     * Takes every tag off a record, before the record is deleted.
     *
     * @param kind the record's kind
     * @param recordId the record's id
     */
    void removeTaggings(TaggableKind kind, long recordId);
}
