package dev.crmkit.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page as compared between subjects: the items (with logical ids), whether there is a next page,
 * and the total when asked for. Cursors are not compared: each subject follows its own.
 */
record PageView(
        List<Object> items, boolean hasNext, @Nullable Long total) {

    PageView {
        items = List.copyOf(items);
    }
}
