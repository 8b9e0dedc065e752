package dev.crmkit.core.duplicate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a merge did, or, for a dry run, would do.
 *
 * @param record the survivor as stored after the merge (a dry run: as it would be, version unchanged)
 * @param mergedIds the records merged into it, moved to the trash (restorable with {@link
 *     dev.crmkit.core.service.TrashService#restore})
 * @param relinked kind of related row ({@code deals}, {@code tasks}, {@code activities}, {@code
 *     tags}, {@code contacts}) → how many moved to the survivor
 * @param dryRun whether nothing was written
 * @param changeSetId the change set the merge's writes went to, which {@link
 *     dev.crmkit.core.service.ChangeSetService#undo} reverts: the caller's when it had one open, else
 *     the merge's own; empty for a dry run
 * @param <T> {@link dev.crmkit.core.contact.Contact} or {@link dev.crmkit.core.company.Company}
 */
public record MergeResult<T>(
        T record, List<Long> mergedIds, Map<String, Integer> relinked, boolean dryRun, Optional<String> changeSetId) {

    /**
     * Copies the collections.
     *
     * @param record the survivor
     * @param mergedIds the merged ids
     * @param relinked the counts
     * @param dryRun whether nothing was written
     * @param changeSetId the change set of the writes; empty for a dry run
     */
    public MergeResult {
        Objects.requireNonNull(changeSetId, "changeSetId");
        mergedIds = List.copyOf(mergedIds);
        relinked = Collections.unmodifiableMap(new LinkedHashMap<>(relinked));
    }
}
