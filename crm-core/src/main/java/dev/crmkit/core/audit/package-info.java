/**
 * Who changed what: the {@link dev.crmkit.core.audit.Actor} behind every write, the audit log's
 * {@link dev.crmkit.core.audit.AuditEntry entries} (one per create, update and delete, with each
 * changed field's old and new value, written in the same transaction as the change) and the
 * {@link dev.crmkit.core.audit.ChangeSet change sets} that group the writes of an agent turn or an
 * import so that they can be undone as one step. The repository SPI is {@link
 * dev.crmkit.core.storage.AuditRepository}; the services are {@link
 * dev.crmkit.core.service.AuditService} and {@link dev.crmkit.core.service.ChangeSetService}.
 */
@NullMarked
package dev.crmkit.core.audit;

import org.jspecify.annotations.NullMarked;
