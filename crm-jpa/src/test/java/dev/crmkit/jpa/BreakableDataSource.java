package dev.crmkit.jpa;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over a real one that a test can break, as a lost network would: afterwards no
 * connection can be had, and every connection already handed out fails on its next call.
 */
final class BreakableDataSource implements DataSource {

    private final DataSource delegate;
    private volatile boolean broken;

    BreakableDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    void breakConnections() {
        broken = true;
    }

    @Override
    public Connection getConnection() throws SQLException {
        failIfBroken();
        Connection real = delegate.getConnection();
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    boolean closing =
                            method.getName().equals("close") || method.getName().equals("isClosed");
                    if (!closing) {
                        failIfBroken();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private void failIfBroken() throws SQLException {
        if (broken) {
            throw new SQLNonTransientConnectionException("connection reset (test)", "08006");
        }
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
        return delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return delegate.isWrapperFor(type);
    }
}
