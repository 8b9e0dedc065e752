package dev.crmkit.core.transfer;

import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a record type as the exporter writes them: its components, in their order and
 * named as in the Java API, so an export follows the record and lists no field by hand. Money is
 * two fields ({@code amount} as plain text, {@code currency} as its code), a task's priority and
 * status are their keys, and custom field values are not written. Immutable; thread-safe.
 *
 * @param <T> the record
 */
final class RecordFields<T extends Record> {

    private final List<String> names = new ArrayList<>();
    private final List<Method> accessors = new ArrayList<>();

    private RecordFields(Class<T> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() == CustomFieldValues.class) {
                continue;
            }
            if (component.getType() == Money.class) {
                names.addAll(List.of("amount", "currency"));
            } else {
                names.add(component.getName());
            }
            accessors.add(component.getAccessor());
        }
    }

    static <T extends Record> RecordFields<T> of(Class<T> type) {
        return new RecordFields<>(type);
    }

    /** {@return the field names, in export order} */
    List<String> names() {
        return List.copyOf(names);
    }

    /** {@return the names followed by the names an export writes beside the record's own} */
    List<String> namesAnd(String... more) {
        List<String> all = new ArrayList<>(names);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    /** {@return a record's values, in the order of {@link #names()}, followed by {@code more}} */
    List<@Nullable Object> values(T record, @Nullable Object... more) {
        List<@Nullable Object> values = new ArrayList<>(names.size() + more.length);
        for (Method accessor : accessors) {
            Object value = get(accessor, record);
            if (value instanceof Money money) {
                values.add(money.amount().toPlainString());
                values.add(money.currency().getCurrencyCode());
            } else if (value instanceof TaskPriority priority) {
                values.add(priority.key());
            } else if (value instanceof TaskStatus status) {
                values.add(status.key());
            } else {
                values.add(value);
            }
        }
        for (Object value : more) {
            values.add(value);
        }
        return values;
    }

    private static @Nullable Object get(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("a record's accessor is public", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("a record's accessor only returns its field", e.getCause());
        }
    }
}
