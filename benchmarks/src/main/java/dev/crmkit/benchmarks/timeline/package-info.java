/** JMH benchmark of the timeline: first page against a deep page of a record with 10,000 activities. */
@NullMarked
package dev.crmkit.benchmarks.timeline;

import org.jspecify.annotations.NullMarked;
