package dev.crmkit.examples.web.idempotency;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.jspecify.annotations.Nullable;

/**
 * A view of a request's connection for one crmkit unit of work (see {@link RequestTransactions}):
 * it looks like a fresh auto-commit connection, but its transaction is a savepoint in the
 * request's transaction.
 *
 * <ul>
 *   <li>{@code setAutoCommit(false)} starts the unit of work: a savepoint;</li>
 *   <li>{@code commit()} keeps the work done since (releases the savepoint) and starts anew;</li>
 *   <li>{@code rollback()} undoes it (rolls back to the savepoint), which also clears PostgreSQL's
 *       aborted state after a failed statement, so the request can go on;</li>
 *   <li>{@code setAutoCommit(true)} and {@code close()} undo what was not committed, as a pool
 *       would, and leave the request's connection open;</li>
 *   <li>isolation and read-only changes are ignored (they cannot change inside a transaction);
 *       everything else goes to the request's connection.</li>
 * </ul>
 *
 * Confined to the request's thread, like the connection.
 */
final class JoinedConnection {

    private final Connection connection;
    private boolean autoCommit = true;
    private boolean closed;
    private @Nullable Savepoint savepoint;

    private JoinedConnection(Connection connection) {
        this.connection = connection;
    }

    static Connection over(Connection connection) {
        JoinedConnection joined = new JoinedConnection(connection);
        return (Connection) Proxy.newProxyInstance(
                JoinedConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> joined.invoke(proxy, method, args));
    }

    private @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
        switch (method.getName()) {
            case "getAutoCommit":
                return autoCommit;
            case "setAutoCommit":
                setAutoCommit((Boolean) args[0]);
                return null;
            case "commit":
                if (savepoint != null) {
                    connection.releaseSavepoint(savepoint);
                    savepoint = connection.setSavepoint();
                }
                return null;
            case "rollback":
                if (args == null || args.length == 0) {
                    undo();
                    if (!autoCommit) {
                        savepoint = connection.setSavepoint();
                    }
                    return null;
                }
                break;
            case "close":
                if (!closed) {
                    closed = true;
                    undo();
                }
                return null;
            case "isClosed":
                return closed || connection.isClosed();
            case "setTransactionIsolation", "setReadOnly":
                return null;
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "joined " + connection;
            default:
                break;
        }
        if (closed) {
            throw new SQLException("connection is closed", "08003");
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void setAutoCommit(boolean on) throws SQLException {
        if (on && !autoCommit) {
            undo();
        } else if (!on && autoCommit) {
            savepoint = connection.setSavepoint();
        }
        autoCommit = on;
    }

    /** Undoes the work since the last commit and drops the savepoint. */
    private void undo() throws SQLException {
        if (savepoint != null) {
            Savepoint last = savepoint;
            savepoint = null;
            connection.rollback(last);
            connection.releaseSavepoint(last);
        }
    }
}
