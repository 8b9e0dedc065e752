package dev.crmkit.core.schema;

import dev.crmkit.core.kernel.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The SQL dialects crmkit supports, detected from a live connection. Each names the folder of its
 * migrations ({@link #folder()}), so a host or an example app can keep per-dialect SQL beside
 * crmkit's in the same layout.
 */
public enum Dialect {
    /** PostgreSQL 13 and later. */
    POSTGRESQL("postgresql"),
    /** MariaDB 10.6 and later (MySQL-compatible). */
    MARIADB("mariadb"),
    /** H2 2.x. */
    H2("h2");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** {@return the folder name of this dialect's migrations: {@code postgresql}, {@code mariadb} or {@code h2}} */
    public String folder() {
        return folder;
    }

    /**
     * The dialect of the database behind {@code dataSource}, read from its product name.
     *
     * @param dataSource the database
     * @throws StorageException when the database cannot be reached or is not one crmkit supports
     * @return the dialect
     */
    public static Dialect of(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new StorageException("cannot connect to the database: " + e.getMessage(), e);
        }
        return ofProductName(product);
    }

    /**
     * The dialect for a JDBC product name ({@code DatabaseMetaData.getDatabaseProductName()}).
     *
     * @param product the product
     * @throws StorageException when the product is not one crmkit supports
     * @return the dialect
     */
    public static Dialect ofProductName(String product) {
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return MARIADB;
        }
        if (name.equals("h2")) {
            return H2;
        }
        throw new StorageException("crmkit supports PostgreSQL, MariaDB and H2, not " + product);
    }
}
