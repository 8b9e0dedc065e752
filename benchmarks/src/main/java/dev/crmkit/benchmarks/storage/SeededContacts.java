package dev.crmkit.benchmarks.storage;

import dev.crmkit.benchmarks.BenchmarkDatabase;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fresh database holding {@code rows} {@link SampleContacts}, and the three page queries the
 * storage benchmarks run on it, all contacts by id ascending, {@value PageRequest#DEFAULT_LIMIT} a
 * page:
 *
 * <ul>
 *   <li>the first page;
 *   <li>the deep page: the one after the first {@code rows - 100} rows (with the benchmark's default of
 *       100,100 rows, the 50 after the first 100,000), continued from the cursor a client walking the
 *       pages would hold there. It is 100 rows short of the end so that, like the first page, it is
 *       full and has a next page;
 *   <li>the filtered page: the first page of the contacts of {@link #COMPANY}, one in 200 rows,
 *       which the index {@code ix_contact_company (company, id)} serves in order.
 * </ul>
 */
final class SeededContacts implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SeededContacts.class);

    /** The company the filtered page asks for. */
    static final String COMPANY = SampleContacts.company(17);

    /** How far before the last seeded row the deep page starts. */
    static final int DEEP_MARGIN = 100;

    private final BenchmarkDatabase database;
    private final long[] ids;
    private final ContactQuery deepPage;

    private SeededContacts(BenchmarkDatabase database, long[] ids, ContactQuery deepPage) {
        this.database = database;
        this.ids = ids;
        this.deepPage = deepPage;
    }

    /**
     * @param databaseKind {@code h2} or {@code postgresql}, see {@link BenchmarkDatabase#open(String)}
     * @param rows how many contacts to seed, at least {@value #DEEP_MARGIN} + {@value PageRequest#DEFAULT_LIMIT}
     */
    static SeededContacts open(String databaseKind, int rows) {
        if (rows < DEEP_MARGIN + PageRequest.DEFAULT_LIMIT) {
            throw new IllegalArgumentException("rows must be at least " + (DEEP_MARGIN + PageRequest.DEFAULT_LIMIT)
                    + " for the deep page to be full, not " + rows);
        }
        BenchmarkDatabase database = BenchmarkDatabase.open(databaseKind);
        try {
            long start = System.nanoTime();
            long[] ids = ContactSeeder.seed(database.dataSource(), rows);
            log.info("seeded {} contacts on {} in {} ms", rows, databaseKind, (System.nanoTime() - start) / 1_000_000);
            Contact lastBeforeDeepPage = new JdbcContactStore(database.dataSource())
                    .findById(ids[rows - DEEP_MARGIN - 1])
                    .orElseThrow();
            return new SeededContacts(database, ids, ContactQuery.all().after(cursorAfter(lastBeforeDeepPage)));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    DataSource dataSource() {
        return database.dataSource();
    }

    int rows() {
        return ids.length;
    }

    /** The id of seeded row {@code index}, counting from 0 in id order. */
    long id(int index) {
        return ids[index];
    }

    /** Where the deep page starts: the index of its first row. */
    int deepPageStart() {
        return ids.length - DEEP_MARGIN;
    }

    ContactQuery firstPage() {
        return ContactQuery.all();
    }

    ContactQuery deepPage() {
        return deepPage;
    }

    ContactQuery filteredPage() {
        return ContactQuery.all().withCompany(COMPANY);
    }

    /**
     * Deletes every row inserted after seeding, so that each measurement iteration of an insert
     * benchmark starts from the seeded table, whichever storage inserted how many rows before.
     *
     * @return the rows deleted
     */
    int deleteInserted() {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM crm_contact WHERE id > ?")) {
            delete.setLong(1, ids[ids.length - 1]);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot delete the inserted contacts: " + e.getMessage(), e);
        }
    }

    /** Drops the database. */
    @Override
    public void close() {
        database.close();
    }

    /**
     * The cursor of a page that ends at {@code row}. {@link Page#of} is what makes every storage's
     * cursors: handed one row more than the limit, it returns the cursor after the last row kept.
     */
    private static String cursorAfter(Contact row) {
        PageRequest<ContactSort> onePerPage = ContactQuery.all().page().withLimit(1);
        return Page.of(List.of(row, row), onePerPage, null).nextCursor().orElseThrow();
    }
}
