package dev.crmkit.core.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a record before and after a write, as text: numbers and dates in their ISO form,
 * money as {@code 1250.00 EUR}, enums by name, a pipeline's stages as a JSON array.
 *
 * @param field the field's name as the record's accessor spells it, e.g. {@code email}
 * @param oldValue the value before; empty when it was absent or the record was created
 * @param newValue the value after; empty when it is absent or the record was deleted
 */
public record FieldChange(String field, Optional<String> oldValue, Optional<String> newValue) {

    /**
     * Checks the fields.
     *
     * @param field the field's name
     * @param oldValue the value before
     * @param newValue the value after
     */
    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
    }
}
