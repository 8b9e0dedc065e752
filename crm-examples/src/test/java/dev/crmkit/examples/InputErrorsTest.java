package dev.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.kernel.ValidationException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The stages of a write's input are all checked, every error kept, the first per field. */
class InputErrorsTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final List<CustomField> FIELDS = List.of(
            field("tier", CustomFieldType.CHOICE, List.of("gold", "silver"), true),
            field("score", CustomFieldType.NUMBER, List.of(), false));

    @Test
    void should_keep_every_stage_s_errors_in_order_the_first_per_field_winning() {
        InputErrors errors = InputErrors.withCrmNames();

        Object command = errors.collect(() -> {
            throw new ValidationException(Map.of("firstName", "must not be blank"));
        });
        errors.customFields(CustomFieldKind.CONTACT, FIELDS, Map.of("score", "x", "nope", 1), false);
        errors.tags(List.of("ok", " "));
        errors.collect(() -> {
            throw new ValidationException(Map.of("firstName", "a later word"));
        });

        assertThat(command).isNull();
        assertThatThrownBy(errors::throwIfAny)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        Map.entry("firstName", "must not be blank"),
                                        Map.entry("customFields.nope", "is not a custom field of contact records"),
                                        Map.entry("customFields.score", "must be a number"),
                                        Map.entry("customFields.tier", "is required"),
                                        Map.entry("tags", "must not be blank")));
    }

    @Test
    void should_check_only_the_keys_a_partial_write_names() {
        InputErrors untouched = InputErrors.withCrmNames();
        InputErrors removed = InputErrors.withCrmNames();
        Map<String, @Nullable Object> removal = new HashMap<>();
        removal.put("tier", null);

        untouched.customFields(CustomFieldKind.CONTACT, FIELDS, Map.of("score", "1"), true);
        removed.customFields(CustomFieldKind.CONTACT, FIELDS, removal, true);

        assertThat(untouched.isEmpty())
                .as("the stored tier is the service's to judge")
                .isTrue();
        assertThatThrownBy(removed::throwIfAny)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly(Map.entry("customFields.tier", "is required")));
    }

    @Test
    void should_name_the_errors_as_the_surface_does_and_throw_nothing_without_any() {
        InputErrors errors = new InputErrors(e -> FieldNames.snake(e.errors()));

        errors.customFields(CustomFieldKind.CONTACT, FIELDS, Map.of("tier", "gold"), false);
        errors.throwIfAny();
        errors.collect(() -> {
            throw new ValidationException(Map.of("companyId", "must be a positive id"));
        });

        assertThatThrownBy(errors::throwIfAny)
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("company_id"));
    }

    private static CustomField field(String key, CustomFieldType type, List<String> options, boolean required) {
        return new CustomField(1, CustomFieldKind.CONTACT, key, key, type, null, 0, options, required, NOW, NOW, 0);
    }
}
