package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A database that a host created with an earlier crmkit and filled with rows: the ground each
 * migration test brings up to date. Every call uses a connection of its own, committed.
 */
final class OlderSchema {

    private final DataSource dataSource;
    private final int version;

    private OlderSchema(DataSource dataSource, int version) {
        this.dataSource = dataSource;
        this.version = version;
    }

    /**
     * @param dataSource an empty database
     * @param version the last script to run, as a released crmkit ran it
     * @return the database at that version
     */
    static OlderSchema at(DataSource dataSource, int version) {
        Flyway.configure(CrmSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:dev/crmkit/core/schema/"
                        + Dialect.of(dataSource).folder())
                .table(CrmSchema.HISTORY_TABLE)
                .target(String.valueOf(version))
                .load()
                .migrate();
        return new OlderSchema(dataSource, version);
    }

    /** Runs {@code statements} in order. */
    OlderSchema execute(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        return this;
    }

    /** Brings the database up to date, checking that every script after {@link #at}'s version ran. */
    void migrateToCurrent() {
        assertThat(CrmSchema.migrate(dataSource)).isEqualTo(CrmSchema.SCRIPTS.size() - version);
    }

    /** {@return the first column of the one row {@code sql} selects, as text} */
    String one(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row from %s", sql).isTrue();
            return rows.getString(1);
        }
    }

    /** {@return the first column of the one row {@code sql} selects, as a number} */
    long number(String sql) throws SQLException {
        return Long.parseLong(one(sql));
    }
}
