/**
 * What both examples share: choosing a storage adapter, opening a {@link dev.crmkit.core.Crm} over a
 * data source, and collecting every input error of a write before it runs.
 */
@NullMarked
package dev.crmkit.examples;

import org.jspecify.annotations.NullMarked;
