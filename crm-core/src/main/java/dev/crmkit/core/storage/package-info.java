/**
 * The storage SPI an adapter implements: {@link dev.crmkit.core.storage.CrmStorage} opens a
 * {@link dev.crmkit.core.storage.UnitOfWork} that hands out one repository per aggregate
 * ({@link dev.crmkit.core.storage.ContactRepository} and its siblings, each a
 * {@link dev.crmkit.core.storage.CrmRepository}). Also the translation of database errors that
 * every SQL adapter shares. Depends on the aggregates' records and queries, never on the services.
 */
@NullMarked
package dev.crmkit.core.storage;

import org.jspecify.annotations.NullMarked;
