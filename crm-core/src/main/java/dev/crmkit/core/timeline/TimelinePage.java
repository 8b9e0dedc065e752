package dev.crmkit.core.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a timeline, newest first.
 *
 * @param items the entries, at most the requested limit
 * @param nextCursor pass to the next request to continue; empty on the last page
 */
public record TimelinePage(List<TimelineEntry> items, Optional<String> nextCursor) {

    /**
     * Copies the entries.
     *
     * @param items the entries
     * @param nextCursor the cursor of the next page, if any
     */
    public TimelinePage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    /** {@return whether another page follows this one} */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
