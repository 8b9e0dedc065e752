package dev.crmkit.core.duplicate;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of groups of likely duplicates.
 *
 * @param groups the groups, by reason then key
 * @param next the cursor of the next page ({@link DuplicateQuery#after(String)}), or null on the last page
 * @param <T> {@link dev.crmkit.core.contact.Contact} or {@link dev.crmkit.core.company.Company}
 */
public record DuplicatePage<T>(
        List<DuplicateGroup<T>> groups, @Nullable String next) {

    /**
     * Copies the groups.
     *
     * @param groups the groups
     * @param next the next page's cursor, or null
     */
    public DuplicatePage {
        groups = List.copyOf(groups);
    }

    /** {@return the cursor of the next page, empty on the last page} */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(next);
    }
}
