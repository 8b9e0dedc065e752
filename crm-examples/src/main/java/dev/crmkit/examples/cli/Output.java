package dev.crmkit.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints records as a table (for people) or as JSON (for scripts, {@code --json}), with the REST
 * API's snake_case field names. A record is an ordered map; a table shows the chosen columns.
 *
 * <p>A run prints once: one record, one list or one message. Under {@code --json} stdout is thus exactly
 * one JSON document, which {@code jq} and strict parsers accept; a sentence that heads a list is that
 * document's {@code message} field, not a document of its own. (The CLI tests parse every {@code --json}
 * output strictly, so a command that printed twice would fail them; a user's run is never failed for it.)
 */
final class Output {

    private static final int MAX_CELL = 40;

    private final PrintWriter out;
    private final boolean json;

    Output(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /** One record: every field, one per line, or a JSON object. */
    void record(Map<String, @Nullable Object> record) {
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(record));
        } else {
            int width = record.keySet().stream().mapToInt(String::length).max().orElse(0);
            record.forEach(
                    (field, value) -> out.printf("%-" + width + "s  %s%n", field, text(value, Integer.MAX_VALUE)));
        }
        out.flush();
    }

    /**
     * A list: a table of {@code columns} followed by the cursor for the next page, or a JSON object
     * {@code {"items": [...], "next_cursor": ...}} like the API's. A cell is cut at 40 characters,
     * except in the last column.
     */
    void list(
            List<Map<String, @Nullable Object>> records,
            List<String> columns,
            @Nullable String nextCursor,
            @Nullable Long total) {
        list(null, records, columns, nextCursor, total, MAX_CELL);
    }

    /** A short list whose cells are never cut (references a user copies), as a table or JSON. */
    void fullList(List<Map<String, @Nullable Object>> records, List<String> columns) {
        list(null, records, columns, null, null, Integer.MAX_VALUE);
    }

    /**
     * A short list headed by a sentence for people ({@code change set 42 by jane}): the sentence on the
     * line above the table, or the JSON object's first field, {@code {"message": ..., "items": [...]}}.
     */
    void fullList(String message, List<Map<String, @Nullable Object>> records, List<String> columns) {
        list(message, records, columns, null, null, Integer.MAX_VALUE);
    }

    private void list(
            @Nullable String message,
            List<Map<String, @Nullable Object>> records,
            List<String> columns,
            @Nullable String nextCursor,
            @Nullable Long total,
            int maxCell) {
        if (json) {
            Map<String, @Nullable Object> page = new LinkedHashMap<>();
            if (message != null) {
                page.put("message", message);
            }
            page.put("items", records);
            page.put("next_cursor", nextCursor);
            page.put("total", total);
            out.println(Json.MAPPER.writeValueAsString(page));
            out.flush();
            return;
        }
        if (message != null) {
            out.println(message);
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns);
        // The last column is never cut: nothing follows it, so its length shifts no other column
        // (a history entry's changes, a timeline's "what" are read whole).
        String last = columns.get(columns.size() - 1);
        for (Map<String, @Nullable Object> record : records) {
            rows.add(columns.stream()
                    .map(column -> text(record.get(column), column.equals(last) ? Integer.MAX_VALUE : maxCell))
                    .toList());
        }
        int[] widths = new int[columns.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == 0 ? "" : "  ").append(i == row.size() - 1 ? row.get(i) : pad(row.get(i), widths[i]));
            }
            out.println(line.toString().stripTrailing());
        }
        if (records.isEmpty()) {
            out.println("(none)");
        }
        if (total != null) {
            out.println(total + " in total");
        }
        if (nextCursor != null) {
            out.println("more: add --cursor " + nextCursor);
        }
        out.flush();
    }

    /** A sentence for people, the run's whole output; in JSON mode, {@code {"message": ...}}. */
    void message(String message) {
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(Map.of("message", message)));
        } else {
            out.println(message);
        }
        out.flush();
    }

    /** A list as "a, b"; a nested record as its values joined by ':' (a stage reads lead:Lead:10:open). */
    private static String plain(Object value) {
        if (value instanceof List<?> list) {
            return list.stream()
                    .map(element -> element == null ? "" : plain(element))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().map(String::valueOf).collect(Collectors.joining(":"));
        }
        return value.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    /**
     * A value on one line of its cell: line breaks and tabs read as spaces (a carriage return would send the
     * terminal's cursor back over the row, a tab would shift the columns), cut to {@code max} characters
     * without splitting a character outside the BMP (an emoji) into half a surrogate pair.
     */
    private static String text(@Nullable Object value, int max) {
        String text = value == null ? "" : LAYOUT_BREAKS.matcher(plain(value)).replaceAll(" ");
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** What would break a table's layout: line and paragraph separators, carriage returns and tabs. */
    private static final Pattern LAYOUT_BREAKS = Pattern.compile("\r\n|[\n\r\t\u2028\u2029\u0085]");

    /** Built on the first JSON output only: tables, the usual case, load no Jackson. */
    private static final class Json {
        static final JsonMapper MAPPER =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }
}
