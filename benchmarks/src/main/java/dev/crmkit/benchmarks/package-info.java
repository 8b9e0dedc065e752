/** JMH benchmarks of crmkit: tool dispatch, inference and storage, each against its baseline. */
@NullMarked
package dev.crmkit.benchmarks;

import org.jspecify.annotations.NullMarked;
