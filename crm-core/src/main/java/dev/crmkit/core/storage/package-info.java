/**
 * The storage SPI an adapter implements: {@link dev.crmkit.core.storage.CrmStorage} opens a
 * {@link dev.crmkit.core.storage.UnitOfWork} that hands out one repository per aggregate. Also the
 * translation of database errors that every SQL adapter shares.
 */
@NullMarked
package dev.crmkit.core.storage;

import org.jspecify.annotations.NullMarked;
