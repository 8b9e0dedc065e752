package dev.crmkit.core.model;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.SortDirection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Pages the reference model's way: sort everything that matches now, and take what comes after
 * the last row returned, as that row was when it was returned.
 */
final class ModelPager<T extends CrmRecord> implements Pager {

    private final Supplier<List<T>> matching;
    private final Comparator<T> order;
    private final int limit;
    private final boolean total;
    private @Nullable T last;
    private boolean exhausted;

    ModelPager(Supplier<List<T>> matching, Comparator<T> order, int limit, boolean total) {
        this.matching = matching;
        this.order = order;
        this.limit = limit;
        this.total = total;
    }

    /**
     * By the sort value, then the id; rows without a value after all others. Descending is exactly
     * the reverse: rows without a value first, ties by id descending.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T extends CrmRecord> Comparator<T> order(
            Function<T, ? extends @Nullable Comparable> value, SortDirection direction) {
        Comparator<Comparable> values = Comparator.nullsLast(Comparator.naturalOrder());
        Comparator<T> ascending = (a, b) -> {
            int byValue = values.compare(value.apply(a), value.apply(b));
            return byValue != 0 ? byValue : Long.compare(a.id(), b.id());
        };
        return direction == SortDirection.ASC ? ascending : ascending.reversed();
    }

    @Override
    public PageView next() {
        List<T> all = matching.get().stream().sorted(order).toList();
        T from = last;
        List<T> after = from == null
                ? all
                : all.stream().filter(row -> order.compare(row, from) > 0).toList();
        List<T> items = after.subList(0, Math.min(limit, after.size()));
        boolean hasNext = after.size() > limit;
        last = hasNext ? items.get(items.size() - 1) : null;
        exhausted = !hasNext;
        return new PageView(List.copyOf(items), hasNext, total ? (long) all.size() : null);
    }

    @Override
    public boolean exhausted() {
        return exhausted;
    }
}
