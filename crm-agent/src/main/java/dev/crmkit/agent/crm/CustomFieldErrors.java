package dev.crmkit.agent.crm;

import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldRules;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.service.CustomFieldService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Names the custom field errors of a create or update tool call beside those of its other fields, so that
 * a model learns every broken rule in one answer rather than the custom fields on its next call: when
 * building the crm-core command or update from the arguments fails ({@link #built}), or the arguments broke
 * the tool's schema ({@link #check}), the values the call gave are checked against the kind's definitions as
 * well, and one {@link ValidationException} holds both (the first error per field wins), each named as the
 * tool names it ({@code email}, {@code customFields.tier}). Nothing is written either way; the service checks
 * the values again when the command is good, and stays the authority.
 *
 * @param kind        the kind of record the tools write
 * @param definitions where the kind's definitions are read, only when a call fails
 */
record CustomFieldErrors(CustomFieldKind kind, CustomFieldService definitions) {

    /** The tools of an aggregate with custom fields hold the service that defines them. */
    interface Defined {
        /** @return the service of the CRM's custom field definitions */
        CustomFieldService customFieldDefinitions();
    }

    /**
     * @param <X>     what the arguments build
     * @param build   builds the command or update from the call's arguments
     * @param custom  the call's {@code customFields}
     * @param partial whether only the keys given change (an update): then a required field left out is the
     *                service's to judge against the stored values; otherwise the values given are all the
     *                record will have
     * @return what {@code build} returns
     * @throws ValidationException with the errors of {@code build} and of the custom field values, when
     *     {@code build} fails
     */
    <X> X built(Supplier<X> build, CustomFieldArguments custom, boolean partial) {
        try {
            return build.get();
        } catch (ValidationException e) {
            Map<String, String> errors = withCustomFieldErrors(e.errors(), custom, partial);
            throw errors.size() == e.errors().size() ? e : new ValidationException(errors);
        }
    }

    /**
     * The errors of a call whose arguments broke the tool's schema: those of building the command or update,
     * and those of the custom field values given, whether the build failed or not.
     *
     * @param build   builds the command or update from the arguments the schema accepted
     * @param custom  the custom field values the schema accepted
     * @param partial whether only the keys given change, as for {@link #built}
     * @throws ValidationException with the errors of both; returns when there are none
     */
    void check(Supplier<?> build, CustomFieldArguments custom, boolean partial) {
        Map<String, String> errors;
        try {
            build.get();
            errors = Map.of();
        } catch (ValidationException e) {
            errors = e.errors();
        }
        Map<String, String> all = withCustomFieldErrors(errors, custom, partial);
        if (!all.isEmpty()) {
            throw new ValidationException(all);
        }
    }

    private Map<String, String> withCustomFieldErrors(
            Map<String, String> commandErrors, CustomFieldArguments custom, boolean partial) {
        Map<String, String> errors = new LinkedHashMap<>(commandErrors);
        customFieldErrors(custom, partial).forEach(errors::putIfAbsent);
        return errors;
    }

    private Map<String, String> customFieldErrors(CustomFieldArguments custom, boolean partial) {
        Map<String, Object> given = custom.customFields() == null ? Map.of() : custom.customFields();
        if (partial && given.isEmpty()) {
            return Map.of();
        }
        try {
            CustomFieldRules.check(kind, definitions.list(kind), CustomFieldValues.of(given));
            return Map.of();
        } catch (ValidationException e) {
            Map<String, String> errors = new LinkedHashMap<>(e.errors());
            if (partial) {
                errors.keySet()
                        .removeIf(field -> !given.containsKey(field.substring(CustomFieldRules.FIELD.length() + 1)));
            }
            return errors;
        }
    }
}
