/**
 * Agent-state repositories in plain JDBC over the connection of an adapter's unit of work: the
 * statements are the same on PostgreSQL, MariaDB and H2, so both adapters share them instead of
 * mapping the agent tables twice.
 */
@NullMarked
package dev.crmkit.core.storage.jdbc;

import org.jspecify.annotations.NullMarked;
