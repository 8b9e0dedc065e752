package dev.crmkit.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The writes of one agent turn, one import run or one undo, undone together by {@link
 * dev.crmkit.core.service.ChangeSetService#undo(String)}.
 *
 * @param id the change set's id
 * @param actor who made the first write of the set
 * @param startedAt when its first write was made
 * @param entries its writes, oldest first
 */
public record ChangeSet(String id, Actor actor, Instant startedAt, List<AuditEntry> entries) {

    /**
     * Checks the fields.
     *
     * @param id the change set's id
     * @param actor who made the first write
     * @param startedAt when its first write was made
     * @param entries its writes, oldest first
     */
    public ChangeSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(startedAt, "startedAt");
        entries = List.copyOf(entries);
    }
}
