package dev.crmkit.core.kernel;

/**
 * The database failed for a reason that is not the caller's input: lost connection, missing
 * schema, a bug. The cause carries the adapter's original exception for diagnosis.
 */
public class StorageException extends CrmException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
