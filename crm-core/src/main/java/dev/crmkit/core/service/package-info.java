/**
 * The services that own the rules, validation, events and transaction boundary of each aggregate
 * ({@link dev.crmkit.core.service.ContactService}, {@link dev.crmkit.core.service.PipelineService},
 * {@link dev.crmkit.core.service.DealService}, {@link dev.crmkit.core.service.TaskService}), built
 * together by {@link dev.crmkit.core.service.CrmServices}, and the template they share:
 * {@link dev.crmkit.core.service.AggregateService} runs reads, the update rule (version check,
 * no-op detection, one timestamp, events) and deletes once for all aggregates. The transaction
 * runner and the event publisher are package-private: no public signature names them.
 */
@NullMarked
package dev.crmkit.core.service;

import org.jspecify.annotations.NullMarked;
