/**
 * What every query shares: keyset pagination with opaque cursors, sort directions and pages.
 */
@NullMarked
package dev.crmkit.core.query;

import org.jspecify.annotations.NullMarked;
