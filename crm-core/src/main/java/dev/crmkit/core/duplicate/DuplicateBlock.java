package dev.crmkit.core.duplicate;

import java.util.List;
import java.util.Objects;

/**
 * Records sharing one blocking key: what {@link dev.crmkit.core.storage.DuplicateRepository}
 * returns, before the service scores it.
 *
 * @param key the shared key
 * @param size how many records share it
 * @param members the first of them by id, at most as many as asked for
 */
public record DuplicateBlock(String key, int size, List<DuplicateCandidate> members) {

    /**
     * Copies the members.
     *
     * @param key the shared key
     * @param size how many records share it
     * @param members the first of them by id
     */
    public DuplicateBlock {
        Objects.requireNonNull(key, "key");
        members = List.copyOf(members);
    }
}
