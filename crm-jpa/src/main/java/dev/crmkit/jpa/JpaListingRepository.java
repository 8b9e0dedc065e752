package dev.crmkit.jpa;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.query.SortField;
import dev.crmkit.core.storage.ListingRepository;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The base of a repository listed by one query record ({@link ListingRepository}): {@link #find}
 * is written here once, and an aggregate's repository only turns its query into a {@link
 * JpqlFilter}. One instance per unit of work.
 *
 * @param <T> the record
 * @param <E> its entity
 * @param <Q> the aggregate's query
 */
abstract class JpaListingRepository<
                T extends CrmRecord, E extends CrmEntity<T>, Q extends PagedQuery<Q, ? extends SortField<T>>>
        extends JpaAggregateRepository<T, E> implements ListingRepository<T, Q> {

    JpaListingRepository(EntityManager em, Class<E> type, Supplier<E> newEntity) {
        super(em, type, newEntity);
    }

    /** @param bulkInsert how {@link #insertAll} writes; null: one {@link #insert} a record */
    JpaListingRepository(EntityManager em, Class<E> type, Supplier<E> newEntity, @Nullable BulkInsert<T> bulkInsert) {
        super(em, type, newEntity, bulkInsert);
    }

    @Override
    public final Page<T> find(Q query) {
        return page(filter(query), query.page());
    }

    /** {@return the conditions of what {@code query} asks} */
    abstract JpqlFilter filter(Q query);
}
