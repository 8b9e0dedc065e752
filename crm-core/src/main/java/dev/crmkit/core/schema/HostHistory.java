package dev.crmkit.core.schema;

import java.util.Optional;

/**
 * The schema history table of the host application's own Flyway, as far as crmkit needs to know
 * it: Flyway refuses to migrate a schema that holds tables but no history table of its own, so a
 * host whose Flyway runs after crmkit on a fresh database would stop with "Found non-empty
 * schema(s) but no schema history table". To spare the host that, {@link CrmSchema#migrate}
 * creates this table, empty, when the schema holds nothing but crmkit's tables — exactly what the
 * host's Flyway would have created itself on the empty schema — and adopts crmkit's own rows from
 * it when an older install recorded them there.
 *
 * @param table the host's history table name ({@link #FLYWAY_DEFAULT}, or Spring Boot's
 *     {@code spring.flyway.table}); empty for a host without Flyway, when crmkit creates nothing
 */
public record HostHistory(Optional<String> table) {

    /** Flyway's and Spring Boot's default history table name. */
    public static final String FLYWAY_DEFAULT = "flyway_schema_history";

    /**
     * @throws IllegalArgumentException when the table name is blank or names crmkit's own history
     */
    public HostHistory {
        table.ifPresent(name -> {
            if (name.isBlank() || name.equalsIgnoreCase(CrmSchema.HISTORY_TABLE)) {
                throw new IllegalArgumentException("the host's history table must be named and not be "
                        + CrmSchema.HISTORY_TABLE + ", was '" + name + "'");
            }
        });
    }

    /** The host's Flyway with its default table, {@value #FLYWAY_DEFAULT}: what {@link CrmSchema#migrate(javax.sql.DataSource)} assumes. */
    public static HostHistory flywayDefault() {
        return new HostHistory(Optional.of(FLYWAY_DEFAULT));
    }

    /** The host's Flyway under its own table name (Spring Boot: {@code spring.flyway.table}). */
    public static HostHistory table(String name) {
        return new HostHistory(Optional.of(name));
    }

    /** The host migrates with something else (Liquibase, scripts) or not at all: crmkit creates no table for it. */
    public static HostHistory none() {
        return new HostHistory(Optional.empty());
    }
}
