package dev.crmkit.core.tag;

import dev.crmkit.core.event.CrmEvent;
import java.time.Instant;
import java.util.List;

/** An event about tags: a tag created, renamed or deleted, or the tags of one record changed. */
public sealed interface TagEvent extends CrmEvent {

    @Override
    default String entity() {
        return "tag";
    }

    /** A tag was created, because a record was first tagged with its name. */
    record Created(Tag tag, Instant occurredAt) implements TagEvent {
        @Override
        public long entityId() {
            return tag.id();
        }
    }

    /** A tag was renamed; every record carrying it now shows the new name. */
    record Renamed(Tag before, Tag after, Instant occurredAt) implements TagEvent {
        @Override
        public long entityId() {
            return after.id();
        }
    }

    /** A tag was deleted and taken off every record carrying it. */
    record Deleted(long tagId, String name, Instant occurredAt) implements TagEvent {
        @Override
        public long entityId() {
            return tagId;
        }
    }

    /**
     * The tags of one record changed. {@link #entity()} names the record's kind, not "tag".
     *
     * @param kind the record's kind
     * @param recordId the record's id
     * @param before its tag names before, sorted
     * @param after its tag names after, sorted
     * @param occurredAt when
     */
    record RecordTagsChanged(
            TaggableKind kind, long recordId, List<String> before, List<String> after, Instant occurredAt)
            implements TagEvent {

        /**
         * Copies the lists.
         *
         * @param kind the record's kind
         * @param recordId the record's id
         * @param before its tag names before, sorted
         * @param after its tag names after, sorted
         * @param occurredAt when
         */
        public RecordTagsChanged {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        @Override
        public String entity() {
            return kind.code();
        }

        @Override
        public long entityId() {
            return recordId;
        }
    }
}
