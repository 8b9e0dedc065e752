package dev.crmkit.examples.web.idempotency;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Lets one HTTP request run all its crmkit units of work inside a transaction the web app owns, so
 * that the app can write its own row (the idempotency key and the response) in that same
 * transaction and commit everything at once.
 *
 * <p>crmkit gets {@link #wrap(DataSource) a wrapped data source}. On a thread where {@link
 * #join(Connection)} is in effect, it hands out that one connection, seen through {@link
 * JoinedConnection}: each unit of work becomes a savepoint (its commit keeps its work, its rollback
 * undoes only its own), and only the app's final commit makes anything durable. Elsewhere, and on
 * other threads, it is the plain data source. crmkit's adapters need no change: they see an
 * ordinary JDBC connection.
 *
 * <p>One caveat follows: crmkit delivers its events after its own commit, which here is before the
 * real one; the web app has no event listeners. Thread-safe: the binding is per thread.
 */
public final class RequestTransactions {

    private final ThreadLocal<@Nullable Connection> joined = new ThreadLocal<>();

    /** The data source to give crmkit. */
    public DataSource wrap(DataSource dataSource) {
        return new Joining(dataSource);
    }

    /**
     * Makes crmkit use {@code connection} on this thread until the returned handle is closed. The
     * caller owns the connection and its transaction (auto-commit off, commit or rollback, close).
     */
    Binding join(Connection connection) {
        if (joined.get() != null) {
            throw new IllegalStateException("this thread already runs in a request transaction");
        }
        joined.set(connection);
        return joined::remove;
    }

    /** Ends a {@link #join(Connection)}; closing twice is harmless. */
    interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    private final class Joining implements DataSource {

        private final DataSource delegate;

        Joining(DataSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = joined.get();
            return connection == null ? delegate.getConnection() : JoinedConnection.over(connection);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            Connection connection = joined.get();
            return connection == null ? delegate.getConnection(username, password) : JoinedConnection.over(connection);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || delegate.isWrapperFor(type);
        }
    }
}
