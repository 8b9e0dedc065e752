package dev.crmkit.core.customfield;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A change map from a host (a JSON body, a form) may hold a null key; the error says which argument. */
class CustomFieldValuesTest {

    @Test
    void should_name_the_key_when_a_change_map_holds_a_null_key() {
        Map<@Nullable String, Object> changes = new HashMap<>();
        changes.put(null, 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> asGiven = (Map<String, Object>) (Map<?, ?>) changes;

        assertThatThrownBy(() -> CustomFieldValues.empty().merge(asGiven))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("key");
        assertThatThrownBy(() -> CustomFieldValues.of(asGiven))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("key");
    }
}
