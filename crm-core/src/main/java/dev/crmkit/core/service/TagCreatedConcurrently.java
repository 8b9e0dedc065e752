package dev.crmkit.core.service;

import dev.crmkit.core.kernel.ConflictException;

/**
 * Another transaction created a tag of the same name between this one's lookup and its insert: no
 * conflict of the caller's, as the tag it wants now exists. The unit of work is run again, and
 * then finds the tag; only when that keeps happening does a caller see it, as a conflict on
 * {@code tags}.
 */
final class TagCreatedConcurrently extends ConflictException {

    private static final long serialVersionUID = 1L;

    TagCreatedConcurrently(String name, ConflictException cause) {
        super("tag " + name + " was created by a concurrent transaction; try again", "tags", null, cause);
    }
}
