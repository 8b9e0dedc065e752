package dev.crmkit.core.customfield;

import dev.crmkit.core.kernel.FieldErrors;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The command to change a custom field's definition. The key, the kind and the type never change
 * (values are stored under the key, typed by the type). {@code null} leaves a field unchanged.
 * Values stored before a change stay as they are: a shorter maximum length or a removed option
 * applies to the next write of each record.
 *
 * @param label the new label
 * @param required whether every record must now have a value
 * @param maxLength the new longest text, for text fields
 * @param options the new options, for choices
 * @param expectedVersion the version the caller read, checked when given
 */
public record CustomFieldUpdate(
        @Nullable String label,
        @Nullable Boolean required,
        @Nullable Integer maxLength,
        @Nullable List<String> options,
        @Nullable Long expectedVersion) {

    /**
     * Copies the options.
     *
     * @param label the new label
     * @param required whether every record must now have a value
     * @param maxLength the new longest text, for text fields
     * @param options the new options, for choices
     * @param expectedVersion the version the caller read, checked when given
     */
    public CustomFieldUpdate {
        options = options == null ? null : List.copyOf(options);
    }

    /**
     * {@return the definition with this update applied, or a {@link dev.crmkit.core.kernel.ValidationException}}
     *
     * @param current the stored definition
     */
    public CustomField applyTo(CustomField current) {
        FieldErrors errors = new FieldErrors();
        String newLabel = label == null ? current.label() : errors.requiredText("label", label, CustomField.LABEL_MAX);
        Integer newMax = maxLength == null
                ? current.maxLength()
                : NewCustomField.checkMaxLength(current.type(), maxLength, errors);
        List<String> newOptions =
                options == null ? current.options() : NewCustomField.checkOptions(current.type(), options, errors);
        errors.throwIfAny();
        return new CustomField(
                current.id(),
                current.kind(),
                current.key(),
                newLabel == null ? current.label() : newLabel,
                current.type(),
                newMax,
                current.scale(),
                newOptions,
                required == null ? current.required() : required,
                current.createdAt(),
                current.updatedAt(),
                current.version());
    }
}
