package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.customfield.CustomField;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A custom field definition as the API shows it.
 *
 * @param id the id
 * @param kind {@code contact}, {@code company} or {@code deal}
 * @param key the stable key of its values and filters
 * @param label what people read
 * @param type {@code text}, {@code number}, {@code date}, {@code boolean}, {@code choice} or {@code multi_choice}
 * @param maxLength longest text, for text fields
 * @param scale digits after the point, for numbers
 * @param options the allowed values, for choices
 * @param required whether every record must have a value
 * @param createdAt when it was defined
 * @param updatedAt when it last changed
 * @param version for If-Match
 */
public record CustomFieldJson(
        long id,
        String kind,
        String key,
        String label,
        String type,
        @JsonProperty("max_length") @Nullable Integer maxLength,
        @Nullable Integer scale,
        List<String> options,
        boolean required,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        long version) {

    static CustomFieldJson of(CustomField field) {
        return new CustomFieldJson(
                field.id(),
                field.kind().code(),
                field.key(),
                field.label(),
                field.type().code(),
                field.maxLength(),
                field.scale(),
                field.options(),
                field.required(),
                field.createdAt(),
                field.updatedAt(),
                field.version());
    }
}
