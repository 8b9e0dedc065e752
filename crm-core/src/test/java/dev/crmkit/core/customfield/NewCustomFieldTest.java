package dev.crmkit.core.customfield;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.crmkit.core.kernel.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A definition names every broken rule at once, a missing kind or type included. */
class NewCustomFieldTest {

    @Test
    void should_name_a_missing_kind_and_type_with_the_other_errors() {
        assertThatThrownBy(() -> new NewCustomField(null, "9lives", " ", null, null, null, List.of(), false))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).errors(), MAP)
                .containsExactly(
                        entry("kind", "is required"),
                        entry("key", "must be a letter then letters, digits or _ (at most 40 characters)"),
                        entry("label", "must not be blank"),
                        entry("type", "is required"));
    }

    @Test
    void should_still_check_the_rules_of_the_type_given() {
        assertThatThrownBy(() -> new NewCustomField(null, "tier", "Tier", CustomFieldType.TEXT, 0, 1, List.of(), false))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).errors(), MAP)
                .containsOnlyKeys("kind", "maxLength", "scale");
    }
}
