/**
 * The in-memory reference storage: {@link dev.crmkit.core.storage.memory.InMemoryCrmStorage}
 * implements the storage SPI over plain maps with the schema's rules (unique email, references,
 * cascades, optimistic locking, row locks), for tests without a database and as the reference the
 * SQL adapters are compared with. Everything but {@code InMemoryCrmStorage} is private to it.
 */
@NullMarked
package dev.crmkit.core.storage.memory;

import org.jspecify.annotations.NullMarked;
