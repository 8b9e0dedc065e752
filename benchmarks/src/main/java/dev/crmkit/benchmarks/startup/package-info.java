/**
 * Start-up of the {@code crm} command line, measured from outside as a user runs it:
 * {@link dev.crmkit.benchmarks.startup.StartupMain}.
 */
@NullMarked
package dev.crmkit.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
