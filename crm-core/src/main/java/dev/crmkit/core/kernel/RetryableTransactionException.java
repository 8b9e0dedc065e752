package dev.crmkit.core.kernel;

/**
 * The database aborted the transaction because of concurrent transactions, not because of the
 * caller's input: a deadlock, a serialization failure, a lock wait that timed out. Nothing was
 * written. Running the whole operation again, as it was, will usually succeed; a caller that
 * retries should do so a bounded number of times, with a short random back-off.
 *
 * <p>Distinct from {@link ConflictException}, which means the data contradicts the change (a
 * duplicate email) and retrying unchanged cannot help, and from {@link
 * StaleVersionException}, which means the record the caller read has changed and the
 * caller must read it again before deciding anything.
 */
public class RetryableTransactionException extends CrmException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was aborted, without the driver's text
     * @param cause the adapter's original exception, for diagnosis
     */
    public RetryableTransactionException(String message, Throwable cause) {
        super(message, cause);
    }
}
