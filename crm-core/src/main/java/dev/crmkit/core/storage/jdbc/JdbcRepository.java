package dev.crmkit.core.storage.jdbc;

import java.sql.Connection;
import java.util.function.Supplier;

/**
 * The base of the repositories both adapters share as plain JDBC: their statements run through one
 * {@link Jdbc} on the connection of the adapter's current transaction. One instance per unit of
 * work; not thread-safe.
 */
abstract class JdbcRepository {

    /** Runs this repository's statements on the current transaction's connection. */
    final Jdbc jdbc;

    /** @param connection the connection of the current transaction; called for each statement, never closed here */
    JdbcRepository(Supplier<Connection> connection) {
        this.jdbc = new Jdbc(connection);
    }
}
