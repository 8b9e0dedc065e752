package dev.crmkit.jpa;

import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.StaleVersionException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;

/** The write steps every repository shares. */
final class Writes {

    private Writes() {}

    /**
     * Writes the changes made to a managed entity with Hibernate's version check. When the
     * caller's record changed nothing, the version still moves on: the SPI promises that every
     * update returns version + 1.
     *
     * <p>When the version check fails the row was either changed or deleted by another
     * transaction; one more query (only on this failure path) tells which, because the caller
     * must re-read in the first case and give up in the second.
     *
     * @param kind {@code contact}, {@code pipeline}, {@code deal} or {@code task}
     * @param entityName the JPQL entity name
     */
    static void flushUpdate(
            EntityManager em,
            Object entity,
            boolean changed,
            String kind,
            String entityName,
            long id,
            long expectedVersion) {
        try {
            if (changed) {
                em.flush();
            } else {
                em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
        } catch (RuntimeException e) {
            if (!JpaErrors.isVersionConflict(e)) {
                throw JpaErrors.translate(e);
            }
            em.detach(entity);
            if (!existsNow(em, entityName, id)) {
                throw new NotFoundException(kind, id);
            }
            throw new StaleVersionException(kind, id, expectedVersion);
        }
    }

    /**
     * Runs a one-row delete and forgets the deleted entity if this persistence context holds it.
     * The services detach and delete related rows themselves before, through managed entities, so
     * nothing else the context holds is touched (the schema's cascades stay only as a safety net
     * for callers that bypass the services).
     *
     * @return true when a row was deleted
     */
    static boolean deleteOne(EntityManager em, Class<?> type, String jpqlOrSql, long id, boolean nativeSql) {
        var query = nativeSql ? em.createNativeQuery(jpqlOrSql) : em.createQuery(jpqlOrSql);
        int deleted = query.setParameter(1, id).executeUpdate();
        // A reference is the managed entity when there is one, else an uninitialised proxy: no query either way.
        em.detach(em.getReference(type, id));
        return deleted > 0;
    }

    /**
     * Whether the row exists in the latest committed state, not in this transaction's snapshot
     * (which is what a plain read returns under MariaDB's repeatable read): a locking read.
     */
    private static boolean existsNow(EntityManager em, String entityName, long id) {
        return JpaErrors.call(
                () -> !em.createQuery("select e.id from " + entityName + " e where e.id = :id", Long.class)
                        .setParameter("id", id)
                        .setFlushMode(FlushModeType.COMMIT)
                        .setLockMode(LockModeType.PESSIMISTIC_READ)
                        .getResultList()
                        .isEmpty());
    }

    /**
     * Locks the row for writing until the transaction ends ({@code FOR UPDATE}), reading the latest
     * committed state; false when the row does not exist.
     */
    static boolean lock(EntityManager em, String entityName, long id) {
        return JpaErrors.call(
                () -> !em.createQuery("select e.id from " + entityName + " e where e.id = :id", Long.class)
                        .setParameter("id", id)
                        .setFlushMode(FlushModeType.COMMIT)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList()
                        .isEmpty());
    }

    static boolean exists(EntityManager em, String entityName, long id) {
        return JpaErrors.call(
                () -> em.createQuery("select count(e) from " + entityName + " e where e.id = :id", Long.class)
                                .setParameter("id", id)
                                // Every write flushes at once, so there is never anything to flush first.
                                .setFlushMode(FlushModeType.COMMIT)
                                .getSingleResult()
                        > 0);
    }
}
