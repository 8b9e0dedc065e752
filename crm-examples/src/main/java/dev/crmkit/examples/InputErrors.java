package dev.crmkit.examples;

import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldRules;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.tag.TagNames;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Every input error of one write of a record that carries custom fields and tags (a contact,
 * company or deal), collected before anything is written so that one answer names them all: the
 * record's own fields, each custom field value and the tags, rather than one stage per round trip.
 *
 * <p>Each stage runs as it would alone; the errors of a {@link ValidationException} it throws are
 * kept (the first error per field wins) and the next stage runs all the same. The service checks
 * everything again inside its transaction and stays the authority: a definition changed meanwhile,
 * a rule that needs the stored record (a required custom field a PATCH does not name), and a
 * conflict such as a duplicate email, which is no input error, are left to it. Not thread-safe: one
 * instance per write.
 */
public final class InputErrors {

    private final Function<ValidationException, Map<String, String>> names;
    private final Map<String, String> errors = new LinkedHashMap<>();

    /**
     * @param names a stage's errors as this surface names its fields (the REST API's snake_case
     *     body names rather than crm-core's Java names), in the stage's order
     */
    public InputErrors(Function<ValidationException, Map<String, String>> names) {
        this.names = names;
    }

    /**
     * {@return a collector keeping crm-core's field names: {@code firstName}, {@code
     * customFields.tier}, {@code tags}}
     */
    public static InputErrors withCrmNames() {
        return new InputErrors(ValidationException::errors);
    }

    /**
     * {@return what {@code stage} returns, or {@code null} when it threw a {@link ValidationException},
     * whose errors are kept}
     *
     * @param stage reads or checks one part of the input: builds the record's command, reads a body's tags
     * @param <T> what the stage returns
     */
    public <T> @Nullable T collect(Supplier<T> stage) {
        try {
            return stage.get();
        } catch (ValidationException e) {
            add(e);
            return null;
        }
    }

    /**
     * Checks custom field values against the kind's definitions ({@link CustomFieldRules#check}),
     * keeping each broken rule on {@code customFields.<key>}: a key no field has, a value of the
     * wrong type, a choice not offered, a required field without a value.
     *
     * @param kind the kind of record written
     * @param fields the kind's definitions
     * @param given key → value as the input gave it; a null value removes it
     * @param partial whether the write changes only the keys given (a PATCH): then only their
     *     values are checked, a required field left out being the service's to judge against the
     *     stored values; otherwise the values given are all the record will have
     */
    public void customFields(
            CustomFieldKind kind,
            List<CustomField> fields,
            Map<String, ? extends @Nullable Object> given,
            boolean partial) {
        if (fields.isEmpty() && given.isEmpty()) {
            return;
        }
        try {
            CustomFieldRules.check(kind, fields, CustomFieldValues.of(given));
        } catch (ValidationException e) {
            Map<String, String> kept = new LinkedHashMap<>(e.errors());
            if (partial) {
                kept.keySet()
                        .removeIf(field -> !given.containsKey(field.substring(CustomFieldRules.FIELD.length() + 1)));
            }
            if (!kept.isEmpty()) {
                add(new ValidationException(kept));
            }
        }
    }

    /**
     * {@return the tag names normalized ({@link TagNames#normalizeAll}), or {@code null} when one
     * breaks a rule, kept on {@code tags}}
     *
     * @param tags the names as given
     */
    public @Nullable List<String> tags(Collection<String> tags) {
        return collect(() -> TagNames.normalizeAll("tags", tags));
    }

    /** {@return whether no error was collected} */
    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /**
     * Throws every error collected, in the order of the stages, if any.
     *
     * @param thrown the exception the surface reports them with
     */
    public void throwIfAny(Function<Map<String, String>, ? extends ValidationException> thrown) {
        if (!errors.isEmpty()) {
            throw thrown.apply(errors);
        }
    }

    /** Throws a {@link ValidationException} with every error collected, in the order of the stages, if any. */
    public void throwIfAny() {
        throwIfAny(ValidationException::new);
    }

    private void add(ValidationException e) {
        names.apply(e).forEach(errors::putIfAbsent);
    }
}
