package dev.crmkit.jpa;

import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.storage.SqlErrors;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.jspecify.annotations.Nullable;

/**
 * The adapter's edge: turns whatever Hibernate, JPA or the JDBC driver throws into the crmkit
 * hierarchy, so that no persistence type reaches a caller. SQL errors go through crm-core's
 * shared {@link SqlErrors}, which knows what each constraint of the schema means.
 */
final class JpaErrors {

    private JpaErrors() {}

    /** Runs a persistence operation, translating any failure. */
    static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** {@link #call(Supplier)} for an operation without a result. */
    static void run(Runnable operation) {
        call(() -> {
            operation.run();
            return null;
        });
    }

    static CrmException translate(RuntimeException e) {
        if (e instanceof CrmException crm) {
            return crm;
        }
        if (isVersionConflict(e)) {
            // Only reachable when a stale write surfaces outside an update (every update flushes
            // at once and reports the precise record, see Writes), so the record is unknown here.
            return new RetryableTransactionException("a record was modified concurrently; retry the operation", e);
        }
        SQLException sql = sqlCause(e);
        if (sql != null) {
            return SqlErrors.translate(sql);
        }
        return new StorageException("persistence failure: " + e.getMessage(), e);
    }

    static boolean isVersionConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
