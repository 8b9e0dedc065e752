package dev.crmkit.examples.web.problem;

import dev.crmkit.core.kernel.StorageUnavailableException;
import dev.crmkit.core.storage.SqlErrors;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * What the app answers while its database cannot be reached ({@link
 * dev.crmkit.core.kernel.StorageUnavailableException}): 503, problem type {@code /problems/storage-unavailable}
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

    /**
     * Whether {@code failure} (or a cause of it) says the database cannot be reached: crmkit's
     * {@link StorageUnavailableException}, Spring's {@link DataAccessResourceFailureException} (the
     * app's own JDBC, e.g. the user store behind authentication), or a connection-class
     * {@link SQLException}.
     */
    public static boolean isOutage(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StorageUnavailableException || t instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && SqlErrors.isConnectionFailure(sql)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
