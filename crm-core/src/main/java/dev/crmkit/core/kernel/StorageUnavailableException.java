package dev.crmkit.core.kernel;

/**
 * The database cannot be reached right now: the connection was refused, lost or timed out, or the
 * pool had no connection to give within its timeout. Unlike other {@link StorageException}s this
 * says nothing about the request or the schema, so the same call may succeed once the database is
 * back; a web host answers it with 503 and {@code Retry-After}.
 *
 * <p>A write that failed this way may or may not have been committed: the connection can be lost
 * after the database committed but before it said so. Callers that retry writes need their own
 * way to recognise a repeated request (an idempotency key stored with the write).
 *
 * <p>Adapters throw it for JDBC connection failures: SQLState class {@code 08},
 * {@link java.sql.SQLTransientConnectionException} (a pool timeout) and
 * {@link java.sql.SQLNonTransientConnectionException} / {@link java.sql.SQLRecoverableException}.
 */
public class StorageUnavailableException extends StorageException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person to read
     */
    public StorageUnavailableException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person to read
     * @param cause the exception that caused this one
     */
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
