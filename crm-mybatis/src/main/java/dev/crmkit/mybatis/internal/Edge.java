package dev.crmkit.mybatis.internal;

import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.storage.SqlErrors;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The adapter's edge: every call from crm-core into MyBatis goes through {@link #call(Supplier)},
 * so what reaches the caller is a {@link CrmException} and never a MyBatis or JDBC exception.
 */
public final class Edge {

    private Edge() {}

    /** Runs {@code work}, translating any exception it throws. */
    public static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** {@link #call(Supplier)} for work without a result. */
    public static void run(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * crm-core's exceptions pass unchanged; an exception caused by a {@link SQLException} (MyBatis
     * wraps them in its {@code PersistenceException}) is translated by the constraint it broke;
     * anything else is a {@link StorageException}.
     */
    static CrmException translate(RuntimeException e) {
        if (e instanceof CrmException crm) {
            return crm;
        }
        SQLException sql = sqlCause(e);
        if (sql != null) {
            return SqlErrors.translate(sql);
        }
        return new StorageException("MyBatis failed: " + e.getMessage(), e);
    }

    private static @Nullable SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
