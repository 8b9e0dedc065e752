package dev.crmkit.benchmarks.storage;

import dev.crmkit.core.kernel.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import javax.sql.DataSource;

/**
 * Fills an empty {@code crm_contact} with {@link SampleContacts} {@code 0 .. rows-1}, fast: inserts
 * of {@value #ROWS_PER_STATEMENT} rows each, sent in JDBC batches, committed every {@value
 * #ROWS_PER_COMMIT} rows. Then it refreshes the planner's statistics, so that the measured queries
 * run on the plans a long-lived table would have (on a freshly filled PostgreSQL table the planner
 * would otherwise guess).
 */
final class ContactSeeder {

    private static final int ROWS_PER_STATEMENT = 100;
    private static final int ROWS_PER_COMMIT = 5_000;

    private ContactSeeder() {}

    /** @return the ids of the seeded rows, ascending */
    static long[] seed(DataSource dataSource, int rows) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            insert(connection, rows);
            connection.setAutoCommit(true);
            analyze(connection);
            return ids(connection, rows);
        } catch (SQLException e) {
            throw new StorageException("cannot seed " + rows + " contacts: " + e.getMessage(), e);
        }
    }

    private static void insert(Connection connection, int rows) throws SQLException {
        int n = 0;
        try (PreparedStatement full = connection.prepareStatement(insertOf(ROWS_PER_STATEMENT))) {
            while (rows - n >= ROWS_PER_STATEMENT) {
                bind(full, n, ROWS_PER_STATEMENT);
                full.addBatch();
                n += ROWS_PER_STATEMENT;
                if (n % ROWS_PER_COMMIT == 0) {
                    full.executeBatch();
                    connection.commit();
                }
            }
            full.executeBatch();
        }
        if (n < rows) {
            try (PreparedStatement rest = connection.prepareStatement(insertOf(rows - n))) {
                bind(rest, n, rows - n);
                rest.executeUpdate();
            }
        }
        connection.commit();
    }

    private static String insertOf(int rows) {
        return "INSERT INTO crm_contact (" + ContactColumns.INSERTED + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, ContactColumns.INSERTED_VALUES));
    }

    private static void bind(PreparedStatement insert, int firstContact, int rows) throws SQLException {
        for (int row = 0; row < rows; row++) {
            int firstParameter = 1 + row * ContactColumns.PARAMETERS;
            ContactColumns.bind(insert, firstParameter, SampleContacts.contact(firstContact + row));
        }
    }

    private static void analyze(Connection connection) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        try (Statement statement = connection.createStatement()) {
            // VACUUM also sets the visibility map and hint bits, which the first reads would
            // otherwise pay for during warm-up; H2 has nothing of the kind.
            statement.execute(postgres ? "VACUUM ANALYZE crm_contact" : "ANALYZE TABLE crm_contact");
        }
    }

    private static long[] ids(Connection connection, int rows) throws SQLException {
        long[] ids = new long[rows];
        int n = 0;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT id FROM crm_contact ORDER BY id")) {
            while (row.next()) {
                if (n == rows) {
                    throw new IllegalStateException("crm_contact held rows before seeding; seed an empty table");
                }
                ids[n++] = row.getLong(1);
            }
        }
        if (n != rows) {
            throw new IllegalStateException("seeded " + rows + " contacts but found " + n);
        }
        return ids;
    }
}
