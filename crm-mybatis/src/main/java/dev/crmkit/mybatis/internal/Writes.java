package dev.crmkit.mybatis.internal;

import dev.crmkit.core.ConcurrentModificationException;
import dev.crmkit.core.CrmException;
import dev.crmkit.core.NotFoundException;

/** What the repositories share about writing: the optimistic-lock refusal. */
final class Writes {

    private Writes() {}

    /**
     * Why a versioned {@code UPDATE ... WHERE id = ? AND version = ?} changed no row: the row is
     * there with another version, or it is gone.
     *
     * @param stillExists whether the row exists now, by a locking read (one more statement, only on
     *     this failure path)
     */
    static CrmException staleOrMissing(String entity, long id, long version, boolean stillExists) {
        return stillExists
                ? new ConcurrentModificationException(entity, id, version)
                : new NotFoundException(entity, id);
    }
}
