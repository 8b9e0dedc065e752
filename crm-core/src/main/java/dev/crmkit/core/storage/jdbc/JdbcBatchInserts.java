package dev.crmkit.core.storage.jdbc;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.task.Task;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The bulk inserts of contacts, deals and tasks on a unit of work's own connection, for the
 * adapters' {@code insertAll}, a chunk of rows at a time: on PostgreSQL one {@code INSERT … SELECT
 * FROM unnest(…)} per chunk with ids taken from the table's sequence first (the server parses one
 * short statement instead of rewritten multi-row {@code VALUES}); elsewhere one JDBC batch per chunk
 * (several rows per statement when the driver rewrites batches: MariaDB's {@code
 * rewriteBatchedStatements=true}), the issued ids read back from the generated keys. Both
 * adapters share it because a row insert is the same SQL whatever maps the rows afterwards, and neither Hibernate (identity ids) nor MyBatis (keys of a
 * batch) batches identity inserts with their ids on every database. Errors are translated as
 * {@link dev.crmkit.core.storage.SqlErrors} does; a refused row refuses the whole call, and the
 * caller's unit of work rolls back.
 *
 * <p>crmkit's own adapter helper: public because both adapters use it, not meant for hosts.
 * Stateless and thread-safe; the connection must not be shared between threads.
 */
public final class JdbcBatchInserts {

    /** Rows per statement (PostgreSQL) or JDBC batch: few round trips, small enough for any driver. */
    static final int CHUNK = 500;

    /** A new record's version. */
    private static final long FIRST_VERSION = 0L;

    private final Jdbc jdbc;

    /** @param connection the unit of work's connection, asked for on each call */
    public JdbcBatchInserts(Supplier<Connection> connection) {
        this.jdbc = new Jdbc(connection);
    }

    /**
     * Inserts contacts (ids and versions of the records are ignored).
     *
     * @param records the contacts to insert
     * @return the contacts as stored: the database's ids, version 0, in the given order
     * @throws dev.crmkit.core.kernel.ConflictException when an email is taken
     */
    public List<Contact> contacts(List<Contact> records) {
        return insert(
                JdbcRows.CONTACTS,
                records,
                c -> JdbcRows.contact(c, FIRST_VERSION),
                (c, id) -> c.withIdentity(id, FIRST_VERSION));
    }

    /**
     * Inserts deals (ids and versions of the records are ignored).
     *
     * @param records the deals to insert
     * @return the deals as stored: the database's ids, version 0, in the given order
     * @throws dev.crmkit.core.kernel.ConflictException when a referenced pipeline or contact is missing
     */
    public List<Deal> deals(List<Deal> records) {
        return insert(
                JdbcRows.DEALS,
                records,
                d -> JdbcRows.deal(d, FIRST_VERSION),
                (d, id) -> d.withIdentity(id, FIRST_VERSION));
    }

    /**
     * Inserts tasks (ids and versions of the records are ignored).
     *
     * @param records the tasks to insert
     * @return the tasks as stored: the database's ids, version 0, in the given order
     * @throws dev.crmkit.core.kernel.ConflictException when a referenced contact or deal is missing
     */
    public List<Task> tasks(List<Task> records) {
        return insert(
                JdbcRows.TASKS,
                records,
                t -> JdbcRows.task(t, FIRST_VERSION),
                (t, id) -> t.withIdentity(id, FIRST_VERSION));
    }

    /**
     * Readies the current transaction for lookups by many keys ({@code findByEmails} and the like):
     * on PostgreSQL, each further statement of the transaction is planned for its own values.
     * Without it, the JDBC driver prepares a repeated lookup on the server after five runs and
     * PostgreSQL may keep one generic plan for it, made while the table was small: a bulk import
     * into an empty table then scans the whole, growing table for each lookup (100,000 contacts
     * imported at 870 rows/s instead of thousands). Nothing on other databases.
     */
    public void beforeLookups() {
        jdbc.customPlans();
    }

    /** How an inserted record reads back with its id. */
    @FunctionalInterface
    private interface Stored<T> {
        T as(T record, long id);
    }

    private <T> List<T> insert(
            InsertInto into, List<T> records, Function<T, @Nullable Object[]> values, Stored<T> stored) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<@Nullable Object[]> rows = new ArrayList<>(records.size());
        for (T record : records) {
            rows.add(values.apply(record));
        }
        long[] ids = jdbc.insertAll(into, rows, CHUNK);
        List<T> inserted = new ArrayList<>(records.size());
        for (int i = 0; i < ids.length; i++) {
            inserted.add(stored.as(records.get(i), ids[i]));
        }
        return inserted;
    }
}
