/**
 * The JPA adapter's tests: the contract kit on every database, plus what only this adapter
 * promises (statement counts, exception translation, a host's entity manager factory).
 */
@NullMarked
package dev.crmkit.jpa;

import org.jspecify.annotations.NullMarked;
