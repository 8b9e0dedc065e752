package dev.crmkit.core.schema;

/**
 * One of crmkit's migration scripts for one dialect, for hosts that run the SQL with their own
 * tool (Liquibase, their own Flyway, a DBA's review) instead of {@link CrmSchema#migrate}.
 *
 * @param version the migration version, {@code 1}, {@code 2}, … in the order they must run
 * @param fileName the file name inside {@link CrmSchema#location(Dialect)}, e.g. {@code V1__crm_schema.sql}
 * @param sql the script's text: semicolon-separated statements, no delimiter changes
 */
public record CrmScript(int version, String fileName, String sql) {

    /** @throws IllegalArgumentException when the version is below 1 */
    public CrmScript {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
    }
}
