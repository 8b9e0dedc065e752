package dev.crmkit.jpa;

import dev.crmkit.core.tag.TaggableKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A row of {@code crm_tagging}, mapped only so that the queries' tag filter can be written in
 * JPQL: the tags themselves are read and written by crm-core's JDBC statements on the unit of
 * work's connection ({@link dev.crmkit.core.storage.jdbc.JdbcTagRepository}), never through this entity.
 */
@Entity(name = TaggingEntity.NAME)
@Table(name = "crm_tagging")
@IdClass(TaggingEntity.Key.class)
@Immutable
class TaggingEntity {

    static final String NAME = "CrmTagging";

    @Id
    @Column(name = "kind", nullable = false, length = 20)
    private String kind = "";

    @Id
    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Id
    @Column(name = "tag_id", nullable = false)
    private long tagId;

    /** For Hibernate. */
    protected TaggingEntity() {}

    /**
     * Adds "carries every one of these tags" to a query over records of {@code kind} aliased
     * {@code e}: one {@code exists} per tag, each a primary-key lookup, so keyset paging and
     * totals work with it as with any filter.
     */
    static void filter(JpqlFilter filter, TaggableKind kind, List<String> tagKeys) {
        for (int i = 0; i < tagKeys.size(); i++) {
            filter.and(
                    "exists (select 1 from " + NAME + " g, " + TagEntity.NAME + " t where t.id = g.tagId"
                            + " and g.kind = :tagKind and g.recordId = e.id and t.nameKey = :tag" + i + ")",
                    "tag" + i,
                    tagKeys.get(i));
            filter.bind("tagKind", kind.code());
        }
    }

    /** The composite primary key. */
    static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String kind = "";
        private long recordId;
        private long tagId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.kind.equals(kind) && key.recordId == recordId && key.tagId == tagId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, recordId, tagId);
        }
    }
}
