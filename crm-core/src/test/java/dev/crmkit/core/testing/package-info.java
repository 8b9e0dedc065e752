/**
 * Test support shipped in crm-core's test-jar: isolated test databases (H2 always; PostgreSQL and
 * MariaDB from environment URLs, local servers or Testcontainers), a settable clock and an event
 * recorder.
 */
@NullMarked
package dev.crmkit.core.testing;

import org.jspecify.annotations.NullMarked;
