package dev.crmkit.core.kernel;

/**
 * The database failed for a reason that is not the caller's input: lost connection, missing
 * schema, a bug. The cause carries the adapter's original exception for diagnosis.
 */
public class StorageException extends CrmException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person to read
     */
    public StorageException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person to read
     * @param cause the exception that caused this one
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
