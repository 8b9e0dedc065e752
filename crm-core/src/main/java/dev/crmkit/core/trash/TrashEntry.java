package dev.crmkit.core.trash;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A deleted record in the trash.
 *
 * @param kind the record's kind
 * @param recordId the record's id, which a restore gives back
 * @param label what a person recognises it by: a contact's name and email, a deal's title, …
 * @param deletedAt when it was deleted, from the {@code Crm}'s clock
 * @param deletedBy who deleted it, when the host said; {@code null} when unknown
 * @param snapshot the record, its cascade and the ids it detached, as JSON written by crm-core
 */
public record TrashEntry(
        TrashKind kind,
        long recordId,
        String label,
        Instant deletedAt,
        @Nullable String deletedBy,
        String snapshot) {

    /** Most characters of a {@link #label()}; longer ones are cut. */
    public static final int LABEL_MAX = 600;

    /**
     * Checks the fields and cuts an over-long label.
     *
     * @param kind the record's kind
     * @param recordId the record's id
     * @param label what a person recognises it by, cut to {@value #LABEL_MAX} characters
     * @param deletedAt when it was deleted
     * @param deletedBy who deleted it, or {@code null}
     * @param snapshot the JSON snapshot; empty in lists
     */
    public TrashEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(deletedAt, "deletedAt");
        Objects.requireNonNull(snapshot, "snapshot");
        if (label.codePointCount(0, label.length()) > LABEL_MAX) {
            label = label.substring(0, label.offsetByCodePoints(0, LABEL_MAX));
        }
    }

    /** {@return who deleted it, when the host said} */
    public Optional<String> deletedByActor() {
        return Optional.ofNullable(deletedBy);
    }

    /** {@return this entry without its snapshot, as lists show it} */
    public TrashEntry withoutSnapshot() {
        return new TrashEntry(kind, recordId, label, deletedAt, deletedBy, "");
    }
}
