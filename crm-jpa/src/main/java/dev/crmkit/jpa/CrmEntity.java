package dev.crmkit.jpa;

import dev.crmkit.core.kernel.CrmRecord;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The columns every crmkit table has (identity id, timestamps, optimistic-lock version) and the
 * conversion between a row and its immutable record. An aggregate's entity adds its own columns,
 * {@link #copyFields(CrmRecord)} and {@link #toRecord()}.
 *
 * @param <T> the record this entity is the mutable twin of
 */
@MappedSuperclass
abstract class CrmEntity<T extends CrmRecord> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** Fills a new row from the record; id and version come from the database and Hibernate. */
    final void create(T record) {
        createdAt = record.createdAt();
        update(record);
    }

    /** Takes every field the record may change; id, creation time and version stay. */
    final void update(T record) {
        updatedAt = record.updatedAt();
        copyFields(record);
    }

    /** Takes the aggregate's own fields from the record. */
    protected abstract void copyFields(T record);

    /** The row as a record. */
    abstract T toRecord();

    final long id() {
        return Objects.requireNonNull(id, "id is issued on insert");
    }

    final Instant createdAt() {
        return createdAt;
    }

    final Instant updatedAt() {
        return updatedAt;
    }

    final long version() {
        return version;
    }
}
