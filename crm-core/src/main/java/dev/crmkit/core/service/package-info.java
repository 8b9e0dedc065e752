/**
 * The template every aggregate's service is built on: {@link dev.crmkit.core.service.AggregateService}
 * runs reads, the update rule (version check, no-op detection, one timestamp, events) and deletes
 * once for all aggregates.
 */
@NullMarked
package dev.crmkit.core.service;

import org.jspecify.annotations.NullMarked;
