package dev.crmkit.core.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crmkit's dealings with the host's Flyway history table: adopting crmkit's rows from it (installs
 * that recorded crmkit's migrations in Flyway's default table) and creating it, empty, beside a
 * schema that holds only crmkit's tables, so the host's Flyway starts there as on an empty schema.
 */
final class HostFlywayHistory {

    private static final Logger log = LoggerFactory.getLogger(HostFlywayHistory.class);

    private HostFlywayHistory() {}

    /**
     * The highest crmkit version recorded in {@code table}, when crmkit's own history does not exist
     * yet and crmkit's tables do: the install to adopt. Empty otherwise.
     */
    static OptionalInt versionToAdopt(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> hostTable = SchemaTables.find(connection, table);
            if (hostTable.isEmpty()
                    || SchemaTables.find(connection, CrmSchema.HISTORY_TABLE).isPresent()
                    || SchemaTables.find(connection, "crm_contact").isEmpty()) {
                return OptionalInt.empty();
            }
            String sql = "SELECT " + column(connection, "version") + ", " + column(connection, "script") + " FROM "
                    + SchemaTables.quote(connection, hostTable.get()) + " WHERE " + column(connection, "success")
                    + " = ?";
            OptionalInt highest = OptionalInt.empty();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setBoolean(1, true);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String version = rows.getString(1);
                        if (version != null && CrmSchema.SCRIPTS.contains(rows.getString(2))) {
                            int found = Integer.parseInt(version);
                            if (highest.isEmpty() || found > highest.getAsInt()) {
                                highest = OptionalInt.of(found);
                            }
                        }
                    }
                }
            }
            return highest;
        }
    }

    /**
     * Removes crmkit's rows from {@code table} once crmkit's own history holds them, when every row
     * there is crmkit's: the table was crmkit's alone, and the host's Flyway may start there afresh.
     * Rows of the host's own migrations mean the host folded crmkit's scripts into its own Flyway;
     * its record stays as it is.
     */
    static void releaseAdopted(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String quoted = SchemaTables.quote(
                    connection, SchemaTables.find(connection, table).orElseThrow());
            String script = column(connection, "script");
            int foreign = 0;
            // Rows of type TABLE and SCHEMA are Flyway's notes about creating the table and schema.
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT " + script + ", " + column(connection, "type") + " FROM " + quoted)) {
                while (rows.next()) {
                    boolean note = List.of("TABLE", "SCHEMA").contains(rows.getString(2));
                    if (!note && !CrmSchema.SCRIPTS.contains(rows.getString(1))) {
                        foreign++;
                    }
                }
            }
            if (foreign > 0) {
                log.warn(
                        "crmkit adopted its migrations from {}, which also records {} migration(s) of the host;"
                                + " crmkit's rows stay there, and the host's Flyway should no longer list crmkit's"
                                + " scripts among its locations",
                        table,
                        foreign);
                return;
            }
            String delete = "DELETE FROM " + quoted + " WHERE " + script + " IN ("
                    + String.join(", ", CrmSchema.SCRIPTS.stream().map(s -> "?").toList()) + ")";
            try (PreparedStatement statement = connection.prepareStatement(delete)) {
                for (int i = 0; i < CrmSchema.SCRIPTS.size(); i++) {
                    statement.setString(i + 1, CrmSchema.SCRIPTS.get(i));
                }
                statement.executeUpdate();
            }
            commitIfNeeded(connection);
        }
    }

    /**
     * Creates {@code table} empty, as Flyway itself creates it on an empty schema, when it does not
     * exist and the schema holds only crmkit's tables.
     *
     * @return whether the table was created
     */
    static boolean reserve(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (SchemaTables.find(connection, table).isPresent() || !SchemaTables.onlyCrmkit(connection)) {
                return false;
            }
        }
        // No migrations, no callbacks: this Flyway only creates its history table, with a baseline
        // row that goes at once: a table without migrations is what the host's Flyway makes of an
        // empty schema, so it then runs all of its migrations from V1.
        Flyway.configure(HostFlywayHistory.class.getClassLoader())
                .dataSource(dataSource)
                .table(table)
                .resourceProvider(NO_RESOURCES)
                .javaMigrationClassProvider(NO_CLASSES)
                .skipDefaultCallbacks(true)
                .skipDefaultResolvers(true)
                .baselineVersion("0")
                .load()
                .baseline();
        try (Connection connection = dataSource.getConnection()) {
            String quoted = SchemaTables.quote(
                    connection, SchemaTables.find(connection, table).orElseThrow());
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(
                        "DELETE FROM " + quoted + " WHERE " + column(connection, "type") + " = 'BASELINE'");
            }
            commitIfNeeded(connection);
        }
        log.info("crmkit created the empty history table {} for the host's Flyway beside its own tables", table);
        return true;
    }

    private static String column(Connection connection, String name) throws SQLException {
        return SchemaTables.quote(connection, name);
    }

    private static void commitIfNeeded(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static final ResourceProvider NO_RESOURCES = new ResourceProvider() {
        @Override
        public LoadableResource getResource(String name) {
            return null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return List.of();
        }
    };

    private static final ClassProvider<JavaMigration> NO_CLASSES = List::of;
}
