package dev.crmkit.core.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The cells of one row by field; only fields with a column are present. */
final class Cells {
    private final Map<String, String> values = new HashMap<>();

    Cells(@Nullable String[] fieldOfColumn, List<String> cells) {
        for (int i = 0; i < fieldOfColumn.length; i++) {
            String field = fieldOfColumn[i];
            if (field != null) {
                values.put(field, i < cells.size() ? cells.get(i) : "");
            }
        }
    }

    /** Whether the file has a column for the field. */
    boolean has(String field) {
        return values.containsKey(field);
    }

    /** The cell as written, or {@code null} without a column (required fields then fail their check). */
    @Nullable
    String raw(String field) {
        return values.get(field);
    }

    /** The stripped cell, or {@code null} when blank or without a column. */
    @Nullable
    String text(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
