package dev.crmkit.core.storage.memory;

import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.Keyset;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.query.SortField;
import dev.crmkit.core.storage.CrmRepository;
import dev.crmkit.core.storage.memory.Tables.Table;
import dev.crmkit.core.tag.TaggableKind;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The operations every aggregate shares, over one table of a unit of work; an aggregate's
 * repository names its rules (a {@link Rule}, or an override of {@link #check}) and adds its queries.
 *
 * @param <T> the record
 */
abstract class MemoryRepository<T extends CrmRecord> implements CrmRepository<T> {

    /** How a written record is stored: with its id and version. */
    @FunctionalInterface
    interface Stored<T> {
        /** {@code record} with this id and version. */
        T as(T record, long id, long version);
    }

    /** A rule of the schema a row must keep before it is written: a key or a reference. */
    @FunctionalInterface
    interface Rule<T> {
        /** Refuses {@code row} with a {@link dev.crmkit.core.kernel.ConflictException} when it breaks the rule in these tables. */
        void check(Tables tables, T row);
    }

    protected final InMemoryUnitOfWork work;
    private final Table table;
    private final Stored<T> stored;
    private final Rule<T> rule;

    MemoryRepository(InMemoryUnitOfWork work, Table table, Stored<T> stored, Rule<T> rule) {
        this.work = work;
        this.table = table;
        this.stored = stored;
        this.rule = rule;
    }

    @Override
    public Optional<T> findById(long id) {
        return Optional.ofNullable(work.read().<T>table(table).get(id));
    }

    @Override
    public boolean existsById(long id) {
        return work.read().table(table).containsKey(id);
    }

    /**
     * Locks the row until the unit of work ends and reports whether it exists in the latest
     * committed state (or this unit of work's own writes); a row another open unit of work holds
     * fails at once with {@link dev.crmkit.core.kernel.RetryableTransactionException}.
     */
    @Override
    public boolean lockById(long id) {
        return work.lock(table, id);
    }

    @Override
    public T insert(T record) {
        long id = work.nextId(table);
        T row = stored.as(record, id, 0);
        Tables tables = work.write(table, id);
        check(tables, row);
        tables.<T>table(table).put(id, row);
        return row;
    }

    /** Puts a trashed record back with its own id and version, under the table's rules. */
    void reinsert(T record) {
        Tables tables = work.write(table, record.id());
        check(tables, record);
        tables.<T>table(table).put(record.id(), record);
    }

    @Override
    public T update(T record) {
        Tables tables = work.writeExisting(table, entity(), record.id(), record.version());
        T row = stored.as(record, record.id(), record.version() + 1);
        check(tables, row);
        tables.<T>table(table).put(row.id(), row);
        return row;
    }

    @Override
    public boolean deleteById(long id) {
        if (!existsById(id)) {
            return false;
        }
        Tables tables = work.write(table, id);
        T removed = tables.<T>table(table).remove(id);
        try {
            afterDelete(tables, id);
        } catch (RuntimeException refused) {
            // A refused statement changes nothing, as on a database.
            tables.<T>table(table).put(id, removed);
            throw refused;
        }
        work.touchedByCascade(tables.cascade());
        return true;
    }

    /** Refuses a row that breaks a rule of the schema in these tables (before it is written). */
    protected void check(Tables tables, T row) {
        rule.check(tables, row);
    }

    /** {@return a filter on the rows that carry every one of these tags (their keys); empty for any} */
    protected Predicate<T> carrying(TaggableKind kind, Collection<String> tags) {
        return row -> work.tagState().carriesAll(kind, row.id(), tags);
    }

    /** {@return a filter on the rows whose custom field values match every one of these filters} */
    protected static <T> Predicate<T> matching(List<CustomFieldFilter> filters, Function<T, CustomFieldValues> values) {
        return row -> filters.stream().allMatch(f -> f.matches(values.apply(row)));
    }

    /** {@return the rows whose title is one of these, in no particular order} */
    protected List<T> withTitles(Collection<String> titles, Function<T, String> title) {
        return work.read().<T>table(table).values().stream()
                .filter(row -> titles.contains(title.apply(row)))
                .toList();
    }

    /** Refuses a delete that breaks a rule of the schema; nothing by default. */
    protected void afterDelete(Tables tables, long id) {}

    /** One page of the rows matching the filter, in the request's order, as a database returns it. */
    protected Page<T> page(Predicate<T> filter, PageRequest<? extends SortField<T>> page) {
        SortField<T> sort = page.sort();
        Comparator<Keyset> order = keysetOrder(page.direction());
        Optional<Keyset> after = page.after();
        List<T> matching =
                work.read().<T>table(table).values().stream().filter(filter).toList();
        List<T> rows = matching.stream()
                .filter(row -> after.isEmpty() || order.compare(keyset(sort, row), after.get()) > 0)
                .sorted(Comparator.comparing(row -> keyset(sort, row), order))
                .limit(page.fetchSize())
                .toList();
        return Page.of(rows, page, page.withTotal() ? (long) matching.size() : null);
    }

    private static <T extends CrmRecord> Keyset keyset(SortField<T> sort, T row) {
        return new Keyset(sort.valueOf(row), row.id());
    }

    /** (value, id) ascending with missing values last, or all of it reversed. */
    private static Comparator<Keyset> keysetOrder(SortDirection direction) {
        Comparator<Keyset> ascending = Comparator.<Keyset, @Nullable Object>comparing(
                        Keyset::value, Comparator.nullsLast(MemoryRepository::compareValues))
                .thenComparingLong(Keyset::id);
        return direction == SortDirection.ASC ? ascending : ascending.reversed();
    }

    /** Text by code point (what the schema's binary collations do); other values naturally. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a instanceof String left && b instanceof String right) {
            return compareCodePoints(left, right);
        }
        return ((Comparable) a).compareTo(b);
    }

    private static int compareCodePoints(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Boolean.compare(i < left.length(), j < right.length());
    }
}
