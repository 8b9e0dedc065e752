/**
 * Storage benchmarks: the JPA and MyBatis adapters, measured through crm-core's storage SPI, against
 * a hand-written JDBC baseline doing the same work on the same pool, on H2 and PostgreSQL.
 */
@NullMarked
package dev.crmkit.benchmarks.storage;

import org.jspecify.annotations.NullMarked;
