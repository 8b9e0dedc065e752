/** The {@code crm} command line: picocli commands over a {@link dev.crmkit.core.Crm}. */
@NullMarked
package dev.crmkit.examples.cli;

import org.jspecify.annotations.NullMarked;
