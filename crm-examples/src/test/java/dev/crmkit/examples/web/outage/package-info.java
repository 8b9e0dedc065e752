/**
 * The web app while its database is unreachable: through a TCP proxy the tests cut and restore
 * (PostgreSQL), or behind a pool the test cuts (H2).
 */
@NullMarked
package dev.crmkit.examples.web.outage;

import org.jspecify.annotations.NullMarked;
