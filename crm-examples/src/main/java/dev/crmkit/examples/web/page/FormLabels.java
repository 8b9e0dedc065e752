package dev.crmkit.examples.web.page;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The error summary's names for a form's fields ({@code templates/forms.html}, fragment {@code
 * summary}): the form's own labels, then its custom fields' labels, so an error about {@code
 * customFields.tier} reads "Tier …" and links to its input like any other field's.
 */
@Component("formLabels")
public final class FormLabels {

    /**
     * {@return the id of the input an error is about and its label, or {@code null} for an error no
     * field of the form shows}
     *
     * @param labels the form's fields: error key → {@code [input id, label]}
     * @param customInputs the form's custom field inputs, {@code null} for a form without them
     * @param key the error's key: {@code firstName}, {@code customFields.tier}
     */
    public @Nullable List<String> of(
            Map<String, List<String>> labels, @Nullable List<CustomFieldInputs.Input> customInputs, String key) {
        List<String> label = labels.get(key);
        if (label != null || customInputs == null) {
            return label;
        }
        return customInputs.stream()
                .filter(input -> input.error().equals(key))
                .findFirst()
                .map(input -> List.of(input.id(), input.field().label()))
                .orElse(null);
    }
}
