/**
 * Data in and out: streamed export of list queries as CSV (RFC 4180) or JSON Lines ({@link
 * dev.crmkit.core.transfer.Exporter}), and the contact import with upsert by email ({@link
 * dev.crmkit.core.transfer.ContactImporter}), both over the {@link dev.crmkit.core.Crm} facade.
 */
@NullMarked
package dev.crmkit.core.transfer;

import org.jspecify.annotations.NullMarked;
