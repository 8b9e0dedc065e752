package dev.crmkit.core.storage.jdbc;

import dev.crmkit.core.agentstate.StoredAction;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.storage.SqlErrors;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Statements on the unit of work's connection, SQL exceptions translated, instants written and
 * read in UTC whatever the JVM's zone: as an {@link OffsetDateTime} for {@code TIMESTAMP WITH TIME
 * ZONE} (PostgreSQL, H2), as a {@link LocalDateTime} holding UTC for MariaDB's {@code DATETIME(6)}.
 */
final class Jdbc {

    static final String ACTION_COLUMNS = "id, conversation_id, owner, acted_at, tool, arguments, status, result, error";

    private final Supplier<Connection> connection;
    private @Nullable Boolean localDateTimes;
    private @Nullable Boolean postgresql;

    Jdbc(Supplier<Connection> connection) {
        this.connection = connection;
    }

    /**
     * A null of a column that is not text: PostgreSQL refuses a text null for a number or date column.
     *
     * @param sqlType the column's {@link Types} constant
     */
    record Null(int sqlType) {}

    /** Reads one row. */
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    int update(String sql, @Nullable Object... args) {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /** Runs an insert and returns the identity the database issued. */
    long insert(String sql, @Nullable Object... args) {
        try (PreparedStatement ps = prepare(sql, true, args)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no generated key");
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    <T> List<T> list(String sql, Row<T> row, @Nullable Object... args) {
        try (PreparedStatement ps = prepare(sql, args);
                ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, @Nullable Object... args) {
        List<T> rows = list(sql, row, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    Instant instant(ResultSet rs, String column) throws SQLException {
        return localDateTimes()
                ? rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC)
                : rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    StoredAction action(ResultSet rs) throws SQLException {
        return new StoredAction(
                rs.getString("id"),
                rs.getString("conversation_id"),
                rs.getString("owner"),
                instant(rs, "acted_at"),
                rs.getString("tool"),
                rs.getString("arguments"),
                rs.getString("status"),
                rs.getString("result"),
                rs.getString("error"));
    }

    /** Inserts an action into one of the tables that hold actions ({@code crm_agent_action}, {@code crm_agent_pending}). */
    void insertAction(String table, StoredAction a) {
        update(
                "INSERT INTO " + table + " (" + ACTION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(),
                a.conversationId(),
                a.owner(),
                a.at(),
                a.tool(),
                a.arguments(),
                a.status(),
                a.result(),
                a.error());
    }

    /** {@return a conversation's actions in one of the tables that hold actions, in the order they came} */
    List<StoredAction> actions(String table, String conversationId) {
        return list(
                "SELECT " + ACTION_COLUMNS + " FROM " + table + " WHERE conversation_id = ? ORDER BY seq",
                this::action,
                conversationId);
    }

    /**
     * Inserts the rows in chunks of at most {@code chunk} rows and returns the ids the database
     * issued, in the rows' order. On PostgreSQL each chunk is one {@code INSERT … SELECT FROM
     * unnest(…)} ({@link PostgresArrayInsert}); elsewhere one JDBC batch of one-row inserts, which
     * the driver may rewrite into multi-row inserts ({@code rewriteBatchedStatements}).
     */
    long[] insertAll(InsertInto into, List<@Nullable Object[]> rows, int chunk) {
        try {
            if (postgresql()) {
                long[] ids = new long[rows.size()];
                for (int from = 0; from < rows.size(); from += chunk) {
                    List<@Nullable Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
                    long[] issued = PostgresArrayInsert.insert(connection.get(), into, part);
                    System.arraycopy(issued, 0, ids, from, issued.length);
                }
                return ids;
            }
            return batch(into.valuesSql(), rows, chunk);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private long[] batch(String sql, List<@Nullable Object[]> rows, int chunk) throws SQLException {
        long[] ids = new long[rows.size()];
        int next = 0;
        try (PreparedStatement ps = connection.get().prepareStatement(sql, new String[] {"id"})) {
            for (int from = 0; from < rows.size(); from += chunk) {
                for (Object[] row : rows.subList(from, Math.min(rows.size(), from + chunk))) {
                    bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next() && next < ids.length) {
                        ids[next++] = keys.getLong(1);
                    }
                }
                if (next != Math.min(rows.size(), from + chunk)) {
                    throw new IllegalStateException("the driver returned " + next + " ids for "
                            + Math.min(rows.size(), from + chunk) + " inserted rows");
                }
            }
            return ids;
        }
    }

    private PreparedStatement prepare(String sql, @Nullable Object... args) throws SQLException {
        return prepare(sql, false, args);
    }

    private PreparedStatement prepare(String sql, boolean generatedKeys, @Nullable Object... args) throws SQLException {
        PreparedStatement ps = generatedKeys
                ? connection.get().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection.get().prepareStatement(sql);
        try {
            bind(ps, args);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** Binds an instant the way {@link #bind} does, for statements prepared by hand. */
    void bindInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
        ps.setObject(
                index, localDateTimes() ? LocalDateTime.ofInstant(at, ZoneOffset.UTC) : at.atOffset(ZoneOffset.UTC));
    }

    private void bind(PreparedStatement ps, @Nullable Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else if (arg instanceof Null typed) {
                ps.setNull(i + 1, typed.sqlType());
            } else if (arg instanceof Instant at) {
                ps.setObject(
                        i + 1,
                        localDateTimes() ? LocalDateTime.ofInstant(at, ZoneOffset.UTC) : at.atOffset(ZoneOffset.UTC));
            } else if (arg instanceof String text) {
                ps.setString(i + 1, text);
            } else if (arg instanceof Long number) {
                ps.setLong(i + 1, number);
            } else if (arg instanceof Integer number) {
                ps.setInt(i + 1, number);
            } else if (arg instanceof BigDecimal number) {
                ps.setBigDecimal(i + 1, number);
            } else if (arg instanceof LocalDate date) {
                ps.setObject(i + 1, date);
            } else if (arg instanceof Boolean flag) {
                ps.setBoolean(i + 1, flag);
            } else if (arg instanceof CustomFieldValues values) {
                JsonColumn.bind(ps, i + 1, values);
            } else {
                throw new IllegalArgumentException("unsupported parameter type " + arg.getClass());
            }
        }
    }

    /**
     * On PostgreSQL, plans every further statement of the current transaction for its own
     * parameter values ({@code SET LOCAL plan_cache_mode = force_custom_plan}); nothing elsewhere.
     */
    void customPlans() {
        try {
            if (postgresql()) {
                try (Statement statement = connection.get().createStatement()) {
                    statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private boolean postgresql() throws SQLException {
        if (postgresql == null) {
            postgresql = connection
                    .get()
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        }
        return postgresql;
    }

    /** Whether the database is MariaDB (or MySQL), whose timestamp columns have no zone. */
    private boolean localDateTimes() throws SQLException {
        if (localDateTimes == null) {
            String product =
                    connection.get().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            localDateTimes = product.contains("mariadb") || product.contains("mysql");
        }
        return localDateTimes;
    }
}
