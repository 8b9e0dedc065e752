package dev.crmkit.examples.web.page;

import dev.crmkit.core.audit.AuditEntry;
import java.util.List;

/**
 * One entry of a record's History section: who did what when, and each changed field as the
 * record's page reads it.
 *
 * @param entry the audit entry
 * @param changes its changed fields, labelled and formatted; one line per changed custom field
 */
public record HistoryLine(AuditEntry entry, List<ChangeLine> changes) {

    /**
     * Copies the changes.
     *
     * @param entry the audit entry
     * @param changes its changed fields
     */
    public HistoryLine {
        changes = List.copyOf(changes);
    }
}
