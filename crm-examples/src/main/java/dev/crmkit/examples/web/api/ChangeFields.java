package dev.crmkit.examples.web.api;

import dev.crmkit.core.audit.FieldChange;
import dev.crmkit.examples.web.api.AuditJson.ChangeJson;
import dev.crmkit.examples.web.problem.FieldNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An audited change as the API shows it. crm-core's audit log names a record's Java fields and
 * writes their values as text of its own ({@code 31500.00 USD}, {@code PT10M}, {@code IN_PROGRESS});
 * a {@link ChangeJson} names the field as the record's body spells it and holds the value as the
 * body would, as text: a deal's value becomes its {@code amount} and {@code currency} (only the
 * parts that changed), an activity's duration its {@code duration_seconds}, an activity's type and a
 * task's priority and status their keys; every other field is its name in snake_case with the
 * value as logged. Stateless.
 */
final class ChangeFields {

    /** The fields, as {@code entity.field}, whose values crm-core logs by enum constant and the body holds by key. */
    private static final Set<String> KEYS = Set.of("activity.type", "task.priority", "task.status");

    private ChangeFields() {}

    /**
     * {@return the change as one or more of the API's changes}
     *
     * @param entity the kind of record, as the audit log names it: {@code deal}
     * @param change the change as crm-core logged it
     */
    static List<ChangeJson> of(String entity, FieldChange change) {
        String field = change.field();
        if (entity.equals("deal") && field.equals("value")) {
            return money(change);
        }
        if (entity.equals("activity") && ActivityJson.BODY_NAMES.containsKey(field)) {
            String name = ActivityJson.BODY_NAMES.get(field);
            return List.of(new ChangeJson(name, seconds(change.oldValue()), seconds(change.newValue())));
        }
        if (KEYS.contains(entity + "." + field)) {
            return List.of(new ChangeJson(FieldNames.snake(field), key(change.oldValue()), key(change.newValue())));
        }
        return List.of(new ChangeJson(
                FieldNames.snake(field),
                change.oldValue().orElse(null),
                change.newValue().orElse(null)));
    }

    /** {@code 31500.00 USD → 3000.00 USD} as {@code amount 31500.00 → 3000.00}: a part that did not change is left out. */
    private static List<ChangeJson> money(FieldChange change) {
        Optional<String[]> old = change.oldValue().map(ChangeFields::amountAndCurrency);
        Optional<String[]> now = change.newValue().map(ChangeFields::amountAndCurrency);
        List<ChangeJson> changes = new ArrayList<>(2);
        String[] names = {"amount", "currency"};
        for (int part = 0; part < names.length; part++) {
            int i = part;
            String before = old.map(parts -> parts[i]).orElse(null);
            String after = now.map(parts -> parts[i]).orElse(null);
            if (before == null ? after != null : !before.equals(after)) {
                changes.add(new ChangeJson(names[i], before, after));
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
