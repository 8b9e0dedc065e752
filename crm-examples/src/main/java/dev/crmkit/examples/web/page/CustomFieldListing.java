package dev.crmkit.examples.web.page;

import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldValues;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * What a list page shows of custom fields: each row's values, and the filters it was asked for
 * ({@code cf.<key>=}, {@code cf.<key>.min=}, {@code cf.<key>.max=}, the API's parameters), kept
 * across its search form and its page links and named in a line above the table.
 *
 * @param fields the kind's field definitions, in their order
 * @param params the page's {@code cf.*} query parameters, in the order given
 */
record CustomFieldListing(List<CustomField> fields, List<Param> params) {

    /** One {@code cf.*} query parameter: a hidden input of the search form. */
    record Param(String name, String value) {}

    private static final String PREFIX = "cf.";

    CustomFieldListing {
        fields = List.copyOf(fields);
        params = List.copyOf(params);
    }

    /** The listing of a page asked with {@code query}. */
    static CustomFieldListing of(List<CustomField> fields, MultiValueMap<String, String> query) {
        List<Param> params = new ArrayList<>();
        query.forEach((name, values) -> {
            if (name.startsWith(PREFIX)) {
                values.forEach(value -> params.add(new Param(name, value)));
            }
        });
        return new CustomFieldListing(fields, params);
    }

    /** {@return the filters for the line above the table: "Tier = gold", "Score ≥ 3"} */
    public List<String> filters() {
        Map<String, String> labels = new HashMap<>();
        fields.forEach(field -> labels.put(field.key(), field.label()));
        return params.stream()
                .map(param -> {
                    String key = param.name().substring(PREFIX.length());
                    String operator = " = ";
                    if (key.endsWith(".min")) {
                        key = key.substring(0, key.length() - 4);
                        operator = " ≥ ";
                    } else if (key.endsWith(".max")) {
                        key = key.substring(0, key.length() - 4);
                        operator = " ≤ ";
                    }
                    return labels.getOrDefault(key, key) + operator + param.value();
                })
                .toList();
    }

    /** {@return the filters as a query string suffix ({@code &cf.tier=gold}) for the page links} */
    public String query() {
        return params.stream()
                .map(param -> "&" + encode(param.name()) + "=" + encode(param.value()))
                .collect(Collectors.joining());
    }

    /** {@return a row's values, "Label: value" in the fields' order} */
    List<String> shown(CustomFieldValues values) {
        return CustomFieldInputs.shown(fields, values).stream()
                .map(shown -> shown.label() + ": " + shown.text())
                .toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
