package dev.crmkit.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.query.SortField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Walks a query page by page while rows are inserted between the fetches, and checks what keyset
 * pagination promises: every row that existed before the walk is returned exactly once, in the
 * sort order (value, then id; rows without a value last ascending, first descending); a row
 * inserted during the walk is returned exactly when it sorts after the page already read; and
 * every page's total counts the rows existing at that moment.
 *
 * @param <T> the record
 */
final class KeysetWalk<T extends CrmRecord> {

    private final Comparator<T> order;
    private final List<T> expected = new ArrayList<>();
    private int rowCount;

    KeysetWalk(SortField<T> sort, SortDirection direction) {
        this.order = order(sort, direction);
    }

    /** Records a row created before the walk. */
    KeysetWalk<T> given(T row) {
        expected.add(row);
        rowCount++;
        return this;
    }

    /**
     * @param fetch the page after a cursor ({@code null} for the first), with its total
     * @param insertions rows to create between two fetches; called before each of the first {@code gaps} next pages
     */
    void walk(Function<@Nullable String, Page<T>> fetch, Supplier<List<T>> insertions, int gaps) {
        List<T> returned = new ArrayList<>();
        String cursor = null;
        for (int pageNumber = 0; ; pageNumber++) {
            Page<T> page = fetch.apply(cursor);
            assertThat(page.total()).as("total of page %d", pageNumber).hasValue(rowCount);
            returned.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            assertThat(page.items())
                    .as("a page with a next cursor is not empty")
                    .isNotEmpty();
            T last = page.items().get(page.items().size() - 1);
            if (pageNumber < gaps) {
                for (T inserted : insertions.get()) {
                    rowCount++;
                    if (order.compare(inserted, last) > 0) {
                        expected.add(inserted);
                    }
                }
            }
            cursor = page.nextCursor().orElseThrow();
        }
        expected.sort(order);
        assertThat(returned).as("rows returned across all pages").containsExactlyElementsOf(expected);
    }

    /** The order the SPI specifies, computed in Java from the records themselves. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T extends CrmRecord> Comparator<T> order(SortField<T> sort, SortDirection direction) {
        Comparator<T> ascending = (a, b) -> {
            Comparable left = (Comparable) sort.valueOf(a);
            Comparable right = (Comparable) sort.valueOf(b);
            int byValue = left == null ? (right == null ? 0 : 1) : right == null ? -1 : left.compareTo(right);
            return byValue != 0 ? byValue : Long.compare(a.id(), b.id());
        };
        return direction == SortDirection.ASC ? ascending : ascending.reversed();
    }
}
