package dev.crmkit.jpa;

import static dev.crmkit.jpa.JpaErrors.call;

import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortField;
import dev.crmkit.core.storage.CrmRepository;
import dev.crmkit.core.storage.jdbc.JdbcBatchInserts;
import dev.crmkit.core.tag.TaggableKind;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * The repository operations every aggregate shares, over its {@link CrmEntity}: reads by id,
 * insert, the version-checked update, the one-row delete and keyset pages. An aggregate's
 * repository adds its filters and queries; one instance per unit of work.
 *
 * @param <T> the record
 * @param <E> its entity
 */
abstract class JpaAggregateRepository<T extends CrmRecord, E extends CrmEntity<T>> implements CrmRepository<T> {

    protected final EntityManager em;

    /** Bulk inserts as JDBC batches on this transaction's connection: Hibernate cannot batch identity inserts. */
    protected final JdbcBatchInserts batch;

    /** How an aggregate's records are inserted in bulk, when it has its own JDBC batch. */
    @FunctionalInterface
    interface BulkInsert<T> {
        /** {@return the records as stored, in the given order} */
        List<T> insert(JdbcBatchInserts batch, List<T> records);
    }

    private final Class<E> type;
    private final Supplier<E> newEntity;
    private final String entityName;
    private final @Nullable BulkInsert<T> bulkInsert;

    JpaAggregateRepository(EntityManager em, Class<E> type, Supplier<E> newEntity) {
        this(em, type, newEntity, null);
    }

    /** @param bulkInsert how {@link #insertAll} writes; null: one {@link #insert} a record */
    JpaAggregateRepository(EntityManager em, Class<E> type, Supplier<E> newEntity, @Nullable BulkInsert<T> bulkInsert) {
        this.em = em;
        this.type = type;
        this.newEntity = newEntity;
        this.bulkInsert = bulkInsert;
        this.entityName = em.getMetamodel().entity(type).getName();
        this.batch =
                new JdbcBatchInserts(() -> call(() -> em.unwrap(Session.class).doReturningWork(c -> c)));
    }

    /**
     * {@return the records whose {@code field} is one of {@code values}}, in one query planned for
     * these values ({@link JdbcBatchInserts#beforeLookups()})
     */
    protected List<T> findWhereIn(String field, Collection<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        batch.beforeLookups();
        return call(() -> em.createQuery("select e from " + entityName + " e where e." + field + " in :values", type)
                .setParameter("values", values)
                .getResultStream()
                .map(CrmEntity::toRecord)
                .toList());
    }

    /** {@return the first record whose {@code field} equals the value (a unique key: email, domain)} */
    protected Optional<T> findOneBy(String field, Object value) {
        return call(() -> em.createQuery("select e from " + entityName + " e where e." + field + " = :value", type)
                .setParameter("value", value)
                .getResultStream()
                .findFirst()
                .map(CrmEntity::toRecord));
    }

    @Override
    public Optional<T> findById(long id) {
        return call(() -> Optional.ofNullable(load(id)).map(CrmEntity::toRecord));
    }

    @Override
    public boolean existsById(long id) {
        return Writes.exists(em, entityName, id);
    }

    /** A {@code PESSIMISTIC_WRITE} read of the id ({@code SELECT ... FOR UPDATE}), past the persistence context. */
    @Override
    public boolean lockById(long id) {
        return Writes.lock(em, entityName, id);
    }

    @Override
    public T insert(T record) {
        return call(() -> {
            E entity = newEntity.get();
            entity.create(record);
            em.persist(entity);
            return entity.toRecord();
        });
    }

    @Override
    public List<T> insertAll(List<T> records) {
        return bulkInsert == null ? CrmRepository.super.insertAll(records) : bulkInsert.insert(batch, records);
    }

    /**
     * Checks the caller's version against the stored one (the one check of the adapter; Hibernate's
     * own check at flush then catches a concurrent writer), writes, and returns the row as stored.
     */
    @Override
    public T update(T record) {
        E entity = call(() -> load(record.id()));
        if (entity == null) {
            throw new NotFoundException(entity(), record.id());
        }
        if (entity.version() != record.version()) {
            throw new StaleVersionException(entity(), record.id(), record.version());
        }
        boolean changed = !entity.toRecord().equals(record);
        entity.update(record);
        Writes.flushUpdate(em, entity, changed, entity(), entityName, record.id(), record.version());
        return entity.toRecord();
    }

    @Override
    public boolean deleteById(long id) {
        return call(() -> Writes.deleteOne(em, type, "delete from " + entityName + " e where e.id = ?1", id, false));
    }

    /** The entity by id, or null; an aggregate may load more in the same statement. */
    protected @Nullable E load(long id) {
        return em.find(type, id);
    }

    /**
     * {@return {@code filter} that also requires every tag and every custom field condition: the
     * conditions every tagged aggregate with custom fields adds last}
     */
    protected JpqlFilter tagged(
            JpqlFilter filter, TaggableKind kind, List<String> tagKeys, List<CustomFieldFilter> customFields) {
        TaggingEntity.filter(filter, kind, tagKeys);
        CustomFieldJpql.filter(filter, em, customFields);
        return filter;
    }

    /** One page of the rows matching the filter, in the request's order, with the total when asked. */
    protected Page<T> page(JpqlFilter filter, PageRequest<? extends SortField<T>> page) {
        return call(() -> {
            List<E> rows = KeysetQuery.rows(em, type, entityName, filter, page);
            loaded(rows);
            Long total = KeysetQuery.total(em, entityName, filter, page);
            return Page.of(rows.stream().map(CrmEntity::toRecord).toList(), page, total);
        });
    }

    /** Loads what a page's entities need beyond their row, in bulk; nothing by default. */
    protected void loaded(List<E> rows) {}

    /** The JPQL entity name. */
    protected String entityName() {
        return entityName;
    }
}
