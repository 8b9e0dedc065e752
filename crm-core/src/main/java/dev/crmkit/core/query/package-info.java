/**
 * What every query shares: keyset pagination with opaque cursors, sort directions and pages, and
 * {@link dev.crmkit.core.query.Pages}, which reads every page of a query.
 */
@NullMarked
package dev.crmkit.core.query;

import org.jspecify.annotations.NullMarked;
