package dev.crmkit.core.storage.jdbc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An insert into one table's columns, written two ways: as the one-row {@code INSERT … VALUES} that
 * JDBC batches repeat, and (PostgreSQL only, {@link PostgresArrayInsert}) as one {@code INSERT …
 * SELECT FROM unnest(arrays)} per chunk with the ids given. Column names are crmkit's own
 * constants, never a caller's text.
 *
 * @param table the table, with an identity column {@code id}
 * @param columns the columns a row's values fill, in order ({@code id} not among them)
 */
record InsertInto(String table, List<String> columns) {

    InsertInto {
        columns = List.copyOf(columns);
    }

    static InsertInto of(String table, String... columns) {
        return new InsertInto(table, List.of(columns));
    }

    /** {@return {@code INSERT INTO table (columns) VALUES (?, …)}: one row, the database issues the id} */
    String valuesSql() {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** {@return {@code INSERT INTO table (id, columns) VALUES (?, …)}: one row with its own id} */
    String withIdSql() {
        return "INSERT INTO " + table + " (id, " + String.join(", ", columns) + ") VALUES (?, "
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /**
     * {@return {@code INSERT INTO table (id, columns) SELECT * FROM unnest(?::bigint[], ?::type[], …)}}
     *
     * @param types the PostgreSQL type of each column's array, in the columns' order
     */
    String unnestSql(List<String> types) {
        StringBuilder sql = new StringBuilder("INSERT INTO ")
                .append(table)
                .append(" (id, ")
                .append(String.join(", ", columns))
                .append(") SELECT * FROM unnest(?::bigint[]");
        for (String type : types) {
            sql.append(", ?::").append(type).append("[]");
        }
        return sql.append(')').toString();
    }

    /** {@return the query that takes {@code ?} ids from the table's identity sequence, one a row} */
    String idsSql() {
        return "SELECT nextval(pg_get_serial_sequence('" + table + "', 'id')) FROM generate_series(1, ?)";
    }
}
