package dev.crmkit.benchmarks.storage;

import static dev.crmkit.benchmarks.storage.ContactColumns.INSERTED;
import static dev.crmkit.benchmarks.storage.ContactColumns.INSERTED_VALUES;
import static dev.crmkit.benchmarks.storage.ContactColumns.SELECTED;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.query.Keyset;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The baseline: what the adapters do, written by hand in JDBC, on a connection of the same pool.
 * Each operation is one transaction (auto-commit off, one commit), issues the SQL an adapter issues
 * (a one-row insert returning the generated id, a select by id, a keyset page {@code WHERE id > ?
 * ORDER BY id LIMIT 51}) and returns the same records: every column mapped into a {@link Contact},
 * pages built by {@link Page#of}, which also makes their cursors. Only a batch of inserts differs,
 * on purpose: it goes to the driver as one JDBC batch, the fastest a hand-written insert of many rows
 * is, which is the bar the adapters' batches are held to.
 *
 * <p>Runs only the queries the benchmarks ask: contacts by id ascending, optionally of one company,
 * first page or after a cursor, without a total.
 */
final class JdbcContactStore implements ContactStore {

    private static final String INSERT = "INSERT INTO crm_contact (" + INSERTED + ") VALUES " + INSERTED_VALUES;
    private static final String BY_ID = "SELECT " + SELECTED + " FROM crm_contact WHERE id = ?";
    private static final String PAGE = "SELECT " + SELECTED + " FROM crm_contact ORDER BY id LIMIT ?";
    private static final String PAGE_AFTER =
            "SELECT " + SELECTED + " FROM crm_contact WHERE id > ? ORDER BY id LIMIT ?";
    private static final String COMPANY_PAGE =
            "SELECT " + SELECTED + " FROM crm_contact WHERE company = ? ORDER BY id LIMIT ?";
    private static final String COMPANY_PAGE_AFTER =
            "SELECT " + SELECTED + " FROM crm_contact WHERE company = ? AND id > ? ORDER BY id LIMIT ?";

    /** By name, so that PostgreSQL returns just the id ({@code RETURNING "id"}), as for the adapters. */
    private static final String[] GENERATED = {"id"};

    private final DataSource dataSource;

    JdbcContactStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Contact insert(Contact contact) {
        return inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT, GENERATED)) {
                ContactColumns.bind(insert, 1, contact);
                insert.executeUpdate();
                return ContactColumns.stored(contact, generatedIds(insert, 1)[0]);
            }
        });
    }

    @Override
    public List<Contact> insertAll(List<Contact> contacts) {
        return inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT, GENERATED)) {
                for (Contact contact : contacts) {
                    ContactColumns.bind(insert, 1, contact);
                    insert.addBatch();
                }
                insert.executeBatch();
                long[] ids = generatedIds(insert, contacts.size());
                List<Contact> stored = new ArrayList<>(contacts.size());
                for (int i = 0; i < ids.length; i++) {
                    stored.add(ContactColumns.stored(contacts.get(i), ids[i]));
                }
                return stored;
            }
        });
    }

    @Override
    public List<Contact> bulkInsert(List<Contact> contacts) {
        return insertAll(contacts);
    }

    @Override
    public Optional<Contact> findById(long id) {
        return inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(BY_ID)) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(ContactColumns.read(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Page<Contact> find(ContactQuery query) {
        PageRequest<ContactSort> page = query.page();
        if (query.text() != null
                || page.sort() != ContactSort.ID
                || page.direction() != SortDirection.ASC
                || page.withTotal()) {
            throw new IllegalArgumentException("the JDBC baseline runs only the benchmarks' queries, not " + query);
        }
        String company = query.company();
        Optional<Keyset> after = page.after();
        String sql = company == null
                ? (after.isEmpty() ? PAGE : PAGE_AFTER)
                : (after.isEmpty() ? COMPANY_PAGE : COMPANY_PAGE_AFTER);
        return inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int i = 1;
                if (company != null) {
                    select.setString(i++, company);
                }
                if (after.isPresent()) {
                    select.setLong(i++, after.get().id());
                }
                select.setInt(i, page.fetchSize());
                List<Contact> rows = new ArrayList<>(page.fetchSize());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.add(ContactColumns.read(row));
                    }
                }
                return Page.of(rows, page, null);
            }
        });
    }

    /** Nothing to release: the pool is the caller's. */
    @Override
    public void close() {}

    private static long[] generatedIds(PreparedStatement statement, int expected) throws SQLException {
        long[] ids = new long[expected];
        int n = 0;
        try (ResultSet keys = statement.getGeneratedKeys()) {
            while (keys.next() && n < expected) {
                ids[n++] = keys.getLong(1);
            }
        }
        if (n != expected) {
            throw new StorageException("the driver returned " + n + " generated ids for " + expected + " rows");
        }
        return ids;
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("JDBC baseline failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
