package dev.crmkit.core.duplicate;

import dev.crmkit.core.kernel.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Which groups of likely duplicates to list: optionally of one reason only, after a cursor, at
 * most {@code limit}. Groups come ordered by reason (in {@link DuplicateKind#reasons()} order),
 * then by key; the cursor is the {@link DuplicatePage#next()} of the previous page, so paging is a
 * keyset walk over the key index that stays fast however many records there are.
 *
 * @param reason only groups of this reason, or null for every reason of the kind
 * @param after the cursor of the previous page, or null for the first page
 * @param limit how many groups at most, 1 to {@value #MAX_LIMIT}
 */
public record DuplicateQuery(
        @Nullable DuplicateReason reason, @Nullable String after, int limit) {

    /** Groups per page unless asked otherwise. */
    public static final int DEFAULT_LIMIT = 20;

    /** Most groups per page. */
    public static final int MAX_LIMIT = 100;

    /**
     * Checks the limit and the cursor's form.
     *
     * @param reason only groups of this reason, or null for all
     * @param after the cursor of the previous page, or null
     * @param limit how many groups at most
     * @throws ValidationException (field {@code limit} or {@code after}) when out of range or not a cursor
     */
    public DuplicateQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (after != null) {
            int colon = after.indexOf(':');
            if (colon < 0 || DuplicateReason.ofCode(after.substring(0, colon)).isEmpty()) {
                throw new ValidationException("after", "is not a cursor of a duplicates page");
            }
        }
    }

    /** {@return the first page of every reason, {@value #DEFAULT_LIMIT} groups} */
    public static DuplicateQuery all() {
        return new DuplicateQuery(null, null, DEFAULT_LIMIT);
    }

    /**
     * {@return this query for one reason only (null for all)}
     *
     * @param reason the reason
     */
    public DuplicateQuery withReason(@Nullable DuplicateReason reason) {
        return new DuplicateQuery(reason, after, limit);
    }

    /**
     * {@return this query after a cursor}
     *
     * @param cursor a {@link DuplicatePage#next()}, or null for the first page
     */
    public DuplicateQuery after(@Nullable String cursor) {
        return new DuplicateQuery(reason, cursor, limit);
    }

    /**
     * {@return this query with another limit}
     *
     * @param limit 1 to {@value #MAX_LIMIT}
     */
    public DuplicateQuery limit(int limit) {
        return new DuplicateQuery(reason, after, limit);
    }

    /**
     * Where to continue reading the groups of a reason, after this query's cursor.
     *
     * @param kind the kind listed
     * @param current the reason about to be read
     * @return the key to continue after ({@code ""} to start from the first key), or null when the
     *     cursor is past this reason already
     */
    public @Nullable String resumeKey(DuplicateKind kind, DuplicateReason current) {
        if (after == null) {
            return "";
        }
        int colon = after.indexOf(':');
        DuplicateReason cursorReason =
                DuplicateReason.ofCode(after.substring(0, colon)).orElseThrow();
        int cursorIndex = kind.reasons().indexOf(cursorReason);
        int index = kind.reasons().indexOf(current);
        if (index < cursorIndex) {
            return null;
        }
        return index == cursorIndex ? after.substring(colon + 1) : "";
    }

    /**
     * {@return the cursor pointing after this group}
     *
     * @param reason the group's reason
     * @param key the group's key
     */
    public static String cursor(DuplicateReason reason, String key) {
        return reason.code() + ":" + key;
    }
}
