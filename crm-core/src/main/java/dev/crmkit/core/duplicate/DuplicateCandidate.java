package dev.crmkit.core.duplicate;

import org.jspecify.annotations.Nullable;

/**
 * A record in a block of likely duplicates, with every blocking key it has: what tells the
 * service which reasons all records of a group share.
 *
 * @param id the record's id
 * @param emailKey its email key; always null for companies
 * @param phoneKey its phone key
 * @param nameKey its name key
 */
public record DuplicateCandidate(
        long id,
        @Nullable String emailKey,
        @Nullable String phoneKey,
        @Nullable String nameKey) {

    /**
     * {@return the record's key for this reason, or null when it has none}
     *
     * @param reason the reason
     */
    public @Nullable String key(DuplicateReason reason) {
        return switch (reason) {
            case SAME_EMAIL -> emailKey;
            case SAME_PHONE -> phoneKey;
            case SIMILAR_NAME -> nameKey;
        };
    }
}
