/** What both examples share: choosing a storage adapter and opening a {@link dev.crmkit.core.Crm} over a data source. */
@NullMarked
package dev.crmkit.examples;

import org.jspecify.annotations.NullMarked;
