/**
 * The web app's start-up, measured from outside: {@link dev.crmkit.benchmarks.startup.StartupMain}
 * starts the jar several times and prints the time to its first page.
 */
@NullMarked
package dev.crmkit.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
