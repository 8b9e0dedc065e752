package dev.crmkit.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** The write steps every repository shares. */
final class Writes {

    private Writes() {}

    /**
     * Writes the changes made to a managed entity, or, when the caller's record changed nothing,
     * still moves its version on: the SPI promises that every update returns version + 1.
     */
    static void flushChanged(EntityManager em, Object entity, boolean changed) {
        if (changed) {
            em.flush();
        } else {
            em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
    }

    /**
     * Runs a one-row delete and forgets every managed entity: the schema's cascades (tasks of a
     * contact, deal links of tasks, stages of a pipeline) changed rows behind the persistence
     * context's back, so nothing it holds can be trusted any more. Every repository write flushes
     * at once, so clearing loses no pending change.
     *
     * @return true when a row was deleted
     */
    static boolean deleteOne(EntityManager em, String jpqlOrSql, long id, boolean nativeSql) {
        var query = nativeSql ? em.createNativeQuery(jpqlOrSql) : em.createQuery(jpqlOrSql);
        int deleted = query.setParameter(1, id).executeUpdate();
        em.clear();
        return deleted > 0;
    }
}
