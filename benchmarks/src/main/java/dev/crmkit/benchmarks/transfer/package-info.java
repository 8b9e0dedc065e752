/** Timed runs of the CSV import (issue 16): rows per second and heap, with the command that produced them. */
@NullMarked
package dev.crmkit.benchmarks.transfer;

import org.jspecify.annotations.NullMarked;
