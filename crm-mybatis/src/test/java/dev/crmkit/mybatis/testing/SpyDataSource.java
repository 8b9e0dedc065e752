package dev.crmkit.mybatis.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A data source that records every statement its connections prepare, and can make the next
 * commit fail. Counting below MyBatis sees what really reaches the database: a statement served
 * from MyBatis's session cache is not counted.
 */
public final class SpyDataSource implements DataSource {

    private final DataSource target;
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private volatile @Nullable SQLException nextCommitFailure;
    private volatile @Nullable SQLException nextConnectionFailure;

    public SpyDataSource(DataSource target) {
        this.target = target;
    }

    /** The SQL of every statement prepared since the last {@link #reset()}, in order. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    public void reset() {
        statements.clear();
    }

    /** Makes the next {@code Connection.commit()} throw {@code failure} instead of committing. */
    public void failNextCommit(SQLException failure) {
        nextCommitFailure = failure;
    }

    /** Makes the next {@code getConnection()} throw {@code failure}, as a pool does when the database is away. */
    public void failNextConnection(SQLException failure) {
        nextConnectionFailure = failure;
    }

    @Override
    public Connection getConnection() throws SQLException {
        SQLException failure = nextConnectionFailure;
        if (failure != null) {
            nextConnectionFailure = null;
            throw failure;
        }
        return spy(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return spy(target.getConnection(username, password));
    }

    private Connection spy(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null) {
                statements.add(((String) args[0]).strip().replaceAll("\\s+", " "));
            } else if (name.equals("createStatement")) {
                statements.add("<plain statement>");
            } else if (name.equals("commit") && nextCommitFailure != null) {
                SQLException failure = nextCommitFailure;
                nextCommitFailure = null;
                throw failure;
            }
            return invoke(connection, method, args);
        };
        return (Connection) Proxy.newProxyInstance(
                SpyDataSource.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Connection connection, Method method, Object @Nullable [] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public @Nullable PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(@Nullable PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
