package dev.crmkit.examples.web.problem;

/**
 * What the app answers when the database aborted a request's transaction because of a concurrent
 * one ({@link dev.crmkit.core.kernel.RetryableTransactionException}: a deadlock, a serialization failure,
 * a lock wait that timed out): 503, problem type {@code /problems/retryable} on the API, an HTML
 * error page on the pages, and on both {@code Retry-After: 1}. Nothing was written, so the same
 * request may simply be sent again (a POST with its {@code Idempotency-Key}: a 5xx releases the key).
 * Unlike a 409, retrying unchanged is expected to succeed.
 */
public final class RetryableTransaction {

    /** The last segment of the problem type URI. */
    public static final String TYPE = "retryable";

    /** Seconds a client should wait before retrying, as sent in {@code Retry-After}. */
    public static final String RETRY_AFTER_SECONDS = "1";

    /** The problem's detail and the error page's message. */
    public static final String DETAIL =
            "A concurrent change got in the way and nothing was written;" + " send the same request again.";

    private RetryableTransaction() {}
}
