package dev.crmkit.jpa;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.storage.TitledRepository;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The repository of an aggregate an import finds by title: its entity has a {@code title} field.
 *
 * @param <T> the record
 * @param <E> its entity
 */
abstract class JpaTitledRepository<T extends CrmRecord, E extends CrmEntity<T>> extends JpaAggregateRepository<T, E>
        implements TitledRepository<T> {

    JpaTitledRepository(EntityManager em, Class<E> type, Supplier<E> newEntity, BulkInsert<T> bulkInsert) {
        super(em, type, newEntity, bulkInsert);
    }

    @Override
    public List<T> findByTitles(Collection<String> titles) {
        return findWhereIn("title", titles);
    }
}
