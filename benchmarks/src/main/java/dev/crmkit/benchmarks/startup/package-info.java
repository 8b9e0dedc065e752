/**
 * Start-up measured from outside, as a user starts things: the web app's time to its first page
 * ({@link dev.crmkit.benchmarks.startup.StartupMain}) and the {@code crm} command line's time per command
 * ({@link dev.crmkit.benchmarks.startup.CommandStartupMain}).
 */
@NullMarked
package dev.crmkit.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
