package dev.crmkit.jpa;

import dev.crmkit.core.tag.TagNames;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The key column of {@code crm_tag}, mapped only for the queries' tag filter (see {@link TaggingEntity}). */
@Entity(name = TagEntity.NAME)
@Table(name = "crm_tag")
@Immutable
class TagEntity {

    static final String NAME = "CrmTag";

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "name_key", nullable = false, length = TagNames.KEY_MAX)
    private String nameKey = "";

    /** For Hibernate. */
    protected TagEntity() {}
}
