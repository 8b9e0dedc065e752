package dev.crmkit.core.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the connection's current schema (PostgreSQL, H2) or database (MariaDB) holds, read from JDBC metadata. */
final class SchemaTables {

    private SchemaTables() {}

    /** The names of the tables, views and sequences of the current schema, as the database spells them. */
    static List<String> names(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet rows = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
            while (rows.next()) {
                String type = String.valueOf(rows.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
                boolean userObject = (type.contains("TABLE") || type.contains("VIEW") || type.contains("SEQUENCE"))
                        && !type.contains("SYSTEM")
                        && !type.contains("TEMPORARY");
                if (userObject) {
                    names.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        return names;
    }

    /** The table named {@code name}, compared without case, as the database spells it. */
    static Optional<String> find(Connection connection, String name) throws SQLException {
        return names(connection).stream().filter(name::equalsIgnoreCase).findFirst();
    }

    /** Whether every table, view and sequence of the current schema is crmkit's ({@code crm_} prefix); true when it is empty. */
    static boolean onlyCrmkit(Connection connection) throws SQLException {
        return onlyCrmkit(names(connection));
    }

    /** Whether every one of {@code names} is crmkit's ({@code crm_} prefix); true when there are none. */
    static boolean onlyCrmkit(List<String> names) {
        return names.stream().allMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("crm_"));
    }

    /** {@code identifier} quoted for this database, keeping its exact spelling. */
    static String quote(Connection connection, String identifier) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().strip();
        return quote + identifier.replace(quote, quote + quote) + quote;
    }
}
