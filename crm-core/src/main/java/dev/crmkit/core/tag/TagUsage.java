package dev.crmkit.core.tag;

import java.util.Objects;

/**
 * A tag and how many records carry it.
 *
 * @param tag the tag
 * @param count the records of every kind tagged with it
 */
public record TagUsage(Tag tag, long count) {

    /**
     * Checks the fields.
     *
     * @param tag the tag
     * @param count the records of every kind tagged with it, not negative
     */
    public TagUsage {
        Objects.requireNonNull(tag, "tag");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }
}
