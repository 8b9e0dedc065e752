package dev.crmkit.core.duplicate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a merge did, or, for a dry run, would do.
 *
 * @param record the survivor as stored after the merge (a dry run: as it would be, version unchanged)
 * @param mergedIds the records merged into it and deleted
 * @param relinked kind of related row ({@code deals}, {@code tasks}, {@code activities}, {@code
 *     tags}, {@code contacts}) → how many moved to the survivor
 * @param dryRun whether nothing was written
 * @param <T> {@link dev.crmkit.core.contact.Contact} or {@link dev.crmkit.core.company.Company}
 */
public record MergeResult<T>(T record, List<Long> mergedIds, Map<String, Integer> relinked, boolean dryRun) {

    /**
     * Copies the collections.
     *
     * @param record the survivor
     * @param mergedIds the merged ids
     * @param relinked the counts
     * @param dryRun whether nothing was written
     */
    public MergeResult {
        mergedIds = List.copyOf(mergedIds);
        relinked = Collections.unmodifiableMap(new LinkedHashMap<>(relinked));
    }
}
