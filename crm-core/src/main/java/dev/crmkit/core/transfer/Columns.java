package dev.crmkit.core.transfer;

import dev.crmkit.core.kernel.ValidationException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a file's header maps onto an importer's fields: by name ignoring case, spaces, {@code _} and
 * {@code -}, or as the caller said for a header. Not thread-safe: one per importer.
 */
final class Columns {

    private final List<String> fields;
    private final List<String> required;
    private final Map<String, String> overrides = new HashMap<>();
    private List<String> present = List.of();
    private Map<String, String> headerOfField = Map.of();

    Columns(List<String> fields, List<String> required) {
        this.fields = fields;
        this.required = required;
    }

    /**
     * Maps {@code header} onto {@code field}.
     *
     * @throws IllegalArgumentException when {@code field} is not one of the fields
     */
    void override(String header, String field) {
        String known = fields.stream()
                .filter(f -> normalized(f).equals(normalized(field)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("field must be one of " + fields + ", not " + field));
        overrides.put(normalized(header), known);
    }

    /**
     * {@return the field of each column, null where a column is no field}
     *
     * @throws ValidationException (field {@code columns}) when the header lacks a required column, or has
     *     two columns for one field
     */
    @Nullable
    String[] map(List<String> header) {
        @Nullable String[] fieldOfColumn = new String[header.size()];
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalized(header.get(i));
            String field = overrides.get(name);
            if (field == null) {
                field = fields.stream()
                        .filter(f -> normalized(f).equals(name))
                        .findFirst()
                        .orElse(null);
            }
            fieldOfColumn[i] = field;
            if (field != null) {
                String other = headers.putIfAbsent(field, header.get(i).strip());
                if (other != null) {
                    // Which of the two a row's value would come from is a guess: the file is ambiguous.
                    throw new ValidationException(
                            "columns",
                            "the header has two columns for " + field + ": " + other + " and "
                                    + header.get(i).strip());
                }
            }
        }
        headerOfField = headers;
        present = Arrays.stream(fieldOfColumn).filter(Objects::nonNull).toList();
        List<String> missing =
                required.stream().filter(f -> !present.contains(f)).toList();
        if (!missing.isEmpty()) {
            throw new ValidationException("columns", "the header has no column for " + String.join(", ", missing));
        }
        return fieldOfColumn;
    }

    /** {@return whether the last header mapped has a column for the field} */
    boolean has(String field) {
        return present.contains(field);
    }

    /**
     * {@return the column of the last header mapped that holds {@code field}, as the file spells it
     * ({@code first_name} for {@code firstName}); {@code field} itself when the file has no column for it}
     */
    String header(String field) {
        return headerOfField.getOrDefault(field, field);
    }

    static String normalized(String header) {
        return header.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
