/**
 * Data in and out: streamed export of list queries as CSV (RFC 4180) or JSON Lines ({@link
 * dev.crmkit.core.transfer.Exporter}), and the CSV imports of contacts (upsert by email), companies
 * (by domain), deals and tasks, all on one base ({@link dev.crmkit.core.transfer.CsvImporter}) over
 * the {@link dev.crmkit.core.Crm} facade. An export's file imports into another database as equal
 * data: it names related records by their natural keys beside their ids.
 */
@NullMarked
package dev.crmkit.core.transfer;

import org.jspecify.annotations.NullMarked;
