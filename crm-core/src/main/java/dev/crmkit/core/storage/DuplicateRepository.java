package dev.crmkit.core.storage;

import dev.crmkit.core.duplicate.DuplicateBlock;
import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.duplicate.DuplicateReason;
import java.util.List;

/**
 * Finds blocks of likely duplicates: records of one kind sharing a blocking key ({@link
 * dev.crmkit.core.duplicate.DuplicateKeys}; the SQL storages read the schema's generated key
 * columns). One {@code GROUP BY} over the key's index per call, walked from a key on: never a
 * comparison of pairs. Merging goes through the aggregates' own repositories. Owned by a {@link
 * UnitOfWork}; not thread-safe.
 */
public interface DuplicateRepository {

    /**
     * The keys shared by two or more records, in key order, with their first records.
     *
     * @param kind contacts or companies
     * @param reason the key compared; one of {@code kind.reasons()}
     * @param afterKey only keys after this one (code-point order); {@code ""} for the first
     * @param limit how many blocks at most
     * @param membersMax how many records per block at most, the smallest ids
     * @return the blocks, by key
     */
    List<DuplicateBlock> blocks(DuplicateKind kind, DuplicateReason reason, String afterKey, int limit, int membersMax);
}
