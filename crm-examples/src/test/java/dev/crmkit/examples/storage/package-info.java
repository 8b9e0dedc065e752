/**
 * Tests that need both storage adapters at once (which neither adapter's own tests may depend on):
 * the two adapters share one schema and one set of rows.
 */
@NullMarked
package dev.crmkit.examples.storage;

import org.jspecify.annotations.NullMarked;
