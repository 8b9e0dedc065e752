package dev.crmkit.examples;

import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.audit.FieldChange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry's changes as the REST API and the CLI show them. crm-core's audit log names a
 * record's Java fields and writes their values as text of its own ({@code 31500.00 USD},
 * {@code PT10M}, {@code IN_PROGRESS}); a {@link Change} names the field as the record's JSON spells
 * it and holds the value as that JSON would, as text: a deal's value becomes its {@code amount} and
 * {@code currency} (only the parts that changed), an activity's duration its
 * {@code duration_seconds}, an activity's type and a task's priority and status their keys; every
 * other field is its name in snake_case with the value as logged. Stateless.
 */
public final class AuditChanges {

    /** The fields, as {@code entity.field}, whose values crm-core logs by enum constant and the JSON holds by key. */
    private static final Set<String> KEYS = Set.of("activity.type", "task.priority", "task.status");

    private AuditChanges() {}

    /**
     * One field before and after.
     *
     * @param field the field's name as a record's JSON spells it ({@code first_name}); a deal's value
     *     is two fields, {@code amount} and {@code currency}, each listed only when it changed
     * @param oldValue the value before, as text of what the JSON holds ({@code 31500.00}, {@code 600}
     *     seconds for an activity's {@code duration_seconds}, {@code in_progress}); {@code null} for none
     * @param newValue the value after, the same way; {@code null} for none
     */
    public record Change(
            String field,
            @Nullable String oldValue,
            @Nullable String newValue) {}

    /** {@return the entry's changes, in the order logged} */
    public static List<Change> of(AuditEntry entry) {
        return entry.changes().stream()
                .flatMap(change -> of(entry.entity(), change).stream())
                .toList();
    }

    /**
     * {@return the change as one or more changes}
     *
     * @param entity the kind of record, as the audit log names it: {@code deal}
     * @param change the change as crm-core logged it
     */
    private static List<Change> of(String entity, FieldChange change) {
        String field = change.field();
        if (entity.equals("deal") && field.equals("value")) {
            return money(change);
        }
        if (entity.equals("activity") && field.equals("duration")) {
            return List.of(new Change("duration_seconds", seconds(change.oldValue()), seconds(change.newValue())));
        }
        if (KEYS.contains(entity + "." + field)) {
            return List.of(new Change(FieldNames.snake(field), key(change.oldValue()), key(change.newValue())));
        }
        return List.of(new Change(
                FieldNames.snake(field),
                change.oldValue().orElse(null),
                change.newValue().orElse(null)));
    }

    /** {@code 31500.00 USD → 3000.00 USD} as {@code amount 31500.00 → 3000.00}: a part that did not change is left out. */
    private static List<Change> money(FieldChange change) {
        Optional<String[]> old = change.oldValue().map(AuditChanges::amountAndCurrency);
        Optional<String[]> now = change.newValue().map(AuditChanges::amountAndCurrency);
        List<Change> changes = new ArrayList<>(2);
        String[] names = {"amount", "currency"};
        for (int part = 0; part < names.length; part++) {
            int i = part;
            String before = old.map(parts -> parts[i]).orElse(null);
            String after = now.map(parts -> parts[i]).orElse(null);
            if (before == null ? after != null : !before.equals(after)) {
                changes.add(new Change(names[i], before, after));
            }
        }
        return changes;
    }

    /** {@code 31500.00 USD} → {@code [31500.00, USD]}, as crm-core's audit log writes money. */
    private static String[] amountAndCurrency(String money) {
        int space = money.lastIndexOf(' ');
        return new String[] {money.substring(0, space), money.substring(space + 1)};
    }

    /** {@code PT10M} → {@code 600}. */
    private static @Nullable String seconds(Optional<String> duration) {
        return duration.map(text -> Long.toString(Duration.parse(text).toSeconds()))
                .orElse(null);
    }

    /** {@code IN_PROGRESS} → {@code in_progress}. */
    private static @Nullable String key(Optional<String> constant) {
        return constant.map(text -> text.toLowerCase(Locale.ROOT)).orElse(null);
    }
}
