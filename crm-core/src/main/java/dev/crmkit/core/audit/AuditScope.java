package dev.crmkit.core.audit;

/**
 * A thread-bound setting of who acts ({@link dev.crmkit.core.Crm#actingAs}) or which change set
 * collects the writes ({@link dev.crmkit.core.service.ChangeSetService#open}); closing it restores
 * what was set before. Open and close it on the same thread, in try-with-resources.
 */
public interface AuditScope extends AutoCloseable {

    /** Restores the setting that was in effect before this scope opened. */
    @Override
    void close();
}
