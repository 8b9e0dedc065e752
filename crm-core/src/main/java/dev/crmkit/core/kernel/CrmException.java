package dev.crmkit.core.kernel;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception crmkit throws. All are unchecked; adapters translate persistence and
 * SQL exceptions into this hierarchy at their edge, so callers never see Hibernate, MyBatis or
 * JDBC types.
 *
 * <ul>
 *   <li>{@link ValidationException}: the input breaks a rule; carries field → message.</li>
 *   <li>{@link NotFoundException}: the addressed record does not exist.</li>
 *   <li>{@link ConflictException}: the change contradicts existing data (duplicate email,
 *       pipeline still holding deals, ...).</li>
 *   <li>{@link StaleVersionException}: the record changed since it was read.</li>
 *   <li>{@link RetryableTransactionException}: the database aborted the transaction because of
 *       a concurrent one (deadlock, serialization failure, lock timeout); retry the operation.</li>
 *   <li>{@link StorageException}: the database itself failed.</li>
 * </ul>
 */
public class CrmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person to read
     */
    public CrmException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person to read
     * @param cause the exception that caused this one
     */
    public CrmException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
