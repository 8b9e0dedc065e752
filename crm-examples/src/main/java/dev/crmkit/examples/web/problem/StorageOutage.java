package dev.crmkit.examples.web.problem;

/**
 * What the app answers while its database cannot be reached ({@link
 * dev.crmkit.core.StorageUnavailableException}): 503, problem type {@code /problems/storage-unavailable}
 * on the API, an HTML error page on the pages, and on both a {@code Retry-After} of a few seconds.
 * The pool gives up waiting for a connection after {@code spring.datasource.hikari.connection-timeout}
 * (5 s by default), so such an answer comes within about that time; the app reconnects by itself.
 */
public final class StorageOutage {

    /** The last segment of the problem type URI. */
    public static final String TYPE = "storage-unavailable";

    /** Seconds a client should wait before retrying, as sent in {@code Retry-After}. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /** The problem's detail and the error page's message. */
    public static final String DETAIL = "The database cannot be reached right now; retry in a few seconds.";

    private StorageOutage() {}
}
