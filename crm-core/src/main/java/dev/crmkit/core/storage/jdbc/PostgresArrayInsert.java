package dev.crmkit.core.storage.jdbc;

import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.storage.jdbc.Jdbc.Null;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Many rows into one PostgreSQL table with two statements, whatever their number: the ids are
 * taken from the table's identity sequence first ({@code nextval}, one per row, handed out in
 * ascending order), then the rows go in as one {@code INSERT … SELECT * FROM unnest(…)} with one
 * array per column. Against a JDBC batch (even one the driver rewrites into multi-row {@code
 * VALUES}), the server parses and plans one short statement instead of a statement with a dozen
 * parameters a row, and the ids need no {@code RETURNING}, whose order PostgreSQL does not promise.
 *
 * <p>Every array is sent as {@code text[]} (plain JDBC {@code createArrayOf}, nothing of pgjdbc's
 * API) and cast on the server to the column's type, which is read from the values: instants as
 * ISO-8601 in UTC, numbers and dates as their usual text, custom field values as their stored JSON.
 *
 * <p>Taking ids with {@code nextval} needs the {@code USAGE} (or {@code UPDATE}) privilege on the
 * identity sequence, which a table's owner has; a role granted only {@code INSERT} on the tables
 * needs it granted too ({@code GRANT USAGE ON ALL SEQUENCES IN SCHEMA …}), or its bulk creates fail
 * as a permission error.
 */
final class PostgresArrayInsert {

    private PostgresArrayInsert() {}

    /**
     * Inserts the rows and returns their ids in the rows' order.
     *
     * @param rows values in {@link InsertInto#columns()}'s order, typed as {@link Jdbc} binds them
     */
    static long[] insert(Connection connection, InsertInto into, List<@Nullable Object[]> rows) throws SQLException {
        long[] ids = ids(connection, into, rows.size());
        int width = into.columns().size();
        List<String> types = new ArrayList<>(width);
        for (int column = 0; column < width; column++) {
            types.add(type(rows, column));
        }
        try (PreparedStatement ps = connection.prepareStatement(into.unnestSql(types))) {
            Long[] boxed = new Long[ids.length];
            for (int i = 0; i < ids.length; i++) {
                boxed[i] = ids[i];
            }
            List<Array> arrays = new ArrayList<>(width + 1);
            try {
                arrays.add(connection.createArrayOf("bigint", boxed));
                for (int column = 0; column < width; column++) {
                    @Nullable String[] texts = new String[rows.size()];
                    for (int row = 0; row < texts.length; row++) {
                        texts[row] = text(rows.get(row)[column]);
                    }
                    arrays.add(connection.createArrayOf("text", texts));
                }
                for (int i = 0; i < arrays.size(); i++) {
                    ps.setArray(i + 1, arrays.get(i));
                }
                int inserted = ps.executeUpdate();
                if (inserted != rows.size()) {
                    throw new IllegalStateException(
                            "PostgreSQL inserted " + inserted + " of " + rows.size() + " rows into " + into.table());
                }
            } finally {
                for (Array array : arrays) {
                    array.free();
                }
            }
        }
        return ids;
    }

    private static long[] ids(Connection connection, InsertInto into, int count) throws SQLException {
        long[] ids = new long[count];
        int next = 0;
        try (PreparedStatement ps = connection.prepareStatement(into.idsSql())) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && next < count) {
                    ids[next++] = rs.getLong(1);
                }
            }
        }
        if (next != count) {
            throw new IllegalStateException("the sequence of " + into.table() + " gave " + next + " ids for " + count);
        }
        // Ascending, so that ids follow the rows' order as they do when the database issues them.
        Arrays.sort(ids);
        return ids;
    }

    /** The column's PostgreSQL type, from its first value that is not an untyped null (text when all are). */
    private static String type(List<@Nullable Object[]> rows, int column) {
        for (Object[] row : rows) {
            Object value = row[column];
            if (value == null) {
                continue;
            }
            return value instanceof Null typed ? type(typed.sqlType()) : type(value);
        }
        return "text";
    }

    private static String type(Object value) {
        if (value instanceof String) {
            return "text";
        } else if (value instanceof Long) {
            return "bigint";
        } else if (value instanceof Integer) {
            return "integer";
        } else if (value instanceof BigDecimal) {
            return "numeric";
        } else if (value instanceof Instant) {
            return "timestamptz";
        } else if (value instanceof LocalDate) {
            return "date";
        } else if (value instanceof Boolean) {
            return "boolean";
        } else if (value instanceof CustomFieldValues) {
            return "jsonb";
        }
        throw new IllegalArgumentException("unsupported parameter type " + value.getClass());
    }

    private static String type(int sqlType) {
        return switch (sqlType) {
            case Types.BIGINT -> "bigint";
            case Types.INTEGER -> "integer";
            case Types.DATE -> "date";
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "timestamptz";
            case Types.NUMERIC, Types.DECIMAL -> "numeric";
            case Types.BOOLEAN -> "boolean";
            case Types.OTHER -> "jsonb";
            default -> "text";
        };
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null || value instanceof Null) {
            return null;
        } else if (value instanceof Instant at) {
            return at.atOffset(ZoneOffset.UTC).toString();
        } else if (value instanceof BigDecimal number) {
            return number.toPlainString();
        } else if (value instanceof CustomFieldValues values) {
            return values.toStoredJson();
        }
        return value.toString();
    }
}
