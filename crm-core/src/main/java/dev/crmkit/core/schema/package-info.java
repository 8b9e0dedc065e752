/**
 * The SQL schema crmkit owns: Flyway migrations for PostgreSQL, MariaDB and H2.
 */
@NullMarked
package dev.crmkit.core.schema;

import org.jspecify.annotations.NullMarked;
