package dev.crmkit.core.customfield;

import dev.crmkit.core.kernel.CrmRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The definition of a custom field of one kind of record.
 *
 * @param id database-issued id
 * @param kind the kind of record carrying the field
 * @param key the field's stable name in values, filters and APIs: lower-case letters, digits and
 *     {@code _}, starting with a letter, at most {@value #KEY_MAX} characters; never changes
 * @param label what people read, at most {@value #LABEL_MAX} characters
 * @param type the value's type; never changes
 * @param maxLength longest text, in code points, for {@link CustomFieldType#TEXT}; null otherwise
 * @param scale digits after the decimal point for {@link CustomFieldType#NUMBER}; null otherwise
 * @param options the allowed values of a (multiple) choice, in display order; empty otherwise
 * @param required whether every record of the kind must have a value
 * @param createdAt when it was defined
 * @param updatedAt when it was last changed
 * @param version incremented by every update
 */
public record CustomField(
        long id,
        CustomFieldKind kind,
        String key,
        String label,
        CustomFieldType type,
        @Nullable Integer maxLength,
        @Nullable Integer scale,
        List<String> options,
        boolean required,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements CrmRecord {

    /** Longest key. */
    public static final int KEY_MAX = 40;
    /** Longest label, in code points. */
    public static final int LABEL_MAX = 100;
    /** Longest {@link #maxLength()} a text field may have, and its default. */
    public static final int TEXT_MAX = 10_000;
    /** The {@link #maxLength()} of a text field defined without one. */
    public static final int TEXT_DEFAULT = 255;
    /** Largest {@link #scale()}. */
    public static final int SCALE_MAX = 10;
    /** Digits before the point a number may have. */
    public static final int PRECISION_MAX = 18;
    /** Most options of a choice. */
    public static final int OPTIONS_MAX = 100;
    /** Longest option, in code points. */
    public static final int OPTION_MAX = 100;
    /** Most fields per kind of record. */
    public static final int PER_KIND_MAX = 100;

    /**
     * Copies the options.
     *
     * @param id database-issued id
     * @param kind the kind of record carrying the field
     * @param key the field's stable name
     * @param label what people read
     * @param type the value's type
     * @param maxLength longest text, for text fields
     * @param scale digits after the point, for numbers
     * @param options the allowed values of a choice
     * @param required whether every record must have a value
     * @param createdAt when it was defined
     * @param updatedAt when it was last changed
     * @param version incremented by every update
     */
    public CustomField {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * {@return this definition with another {@code updatedAt}}
     *
     * @param updatedAt the new {@code updatedAt}
     */
    public CustomField withUpdatedAt(Instant updatedAt) {
        return new CustomField(
                id, kind, key, label, type, maxLength, scale, options, required, createdAt, updatedAt, version);
    }

    /**
     * The same custom field as stored under the id and version the storage issued.
     *
     * @param id the issued id
     * @param version the stored version
     * @return a copy with that id and version
     */
    public CustomField withIdentity(long id, long version) {
        return new CustomField(
                id, kind, key, label, type, maxLength, scale, options, required, createdAt, updatedAt, version);
    }
}
