package dev.crmkit.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The text form of an entry's changes, as the SQL storages keep it in one column: a JSON array of
 * {@code [field, old, new]} triples, {@code null} for an absent value. The same form (an array of
 * arrays of strings) renders a pipeline's stages as one field value. Stateless and thread-safe.
 */
public final class ChangeCodec {

    private ChangeCodec() {}

    /**
     * @param changes the changes
     * @return their JSON text
     */
    public static String encode(List<FieldChange> changes) {
        List<List<@Nullable String>> rows = new ArrayList<>(changes.size());
        for (FieldChange change : changes) {
            List<@Nullable String> row = new ArrayList<>(3);
            row.add(change.field());
            row.add(change.oldValue().orElse(null));
            row.add(change.newValue().orElse(null));
            rows.add(row);
        }
        return encodeRows(rows);
    }

    /**
     * @param text what {@link #encode} wrote
     * @return the changes
     * @throws IllegalArgumentException when the text is not in this form
     */
    public static List<FieldChange> decode(String text) {
        List<FieldChange> changes = new ArrayList<>();
        for (List<@Nullable String> row : decodeRows(text)) {
            if (row.size() != 3 || row.get(0) == null) {
                throw new IllegalArgumentException("a change is a [field, old, new] triple: " + row);
            }
            changes.add(new FieldChange(row.get(0), Optional.ofNullable(row.get(1)), Optional.ofNullable(row.get(2))));
        }
        return changes;
    }

    /**
     * @param rows rows of strings or nulls
     * @return a JSON array of arrays
     */
    public static String encodeRows(List<? extends List<@Nullable String>> rows) {
        StringBuilder out = new StringBuilder("[");
        for (int r = 0; r < rows.size(); r++) {
            out.append(r == 0 ? "[" : ",[");
            List<@Nullable String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append(',');
                }
                String value = row.get(c);
                if (value == null) {
                    out.append("null");
                } else {
                    quote(value, out);
                }
            }
            out.append(']');
        }
        return out.append(']').toString();
    }

    /**
     * @param text a JSON array of arrays of strings or nulls, as {@link #encodeRows} writes it
     * @return the rows
     * @throws IllegalArgumentException when the text is not in this form
     */
    public static List<List<@Nullable String>> decodeRows(String text) {
        Parser parser = new Parser(text);
        List<List<@Nullable String>> rows = parser.rows();
        parser.end();
        return rows;
    }

    private static void quote(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A reader of exactly the subset of JSON the encoder writes (whitespace allowed). */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        List<List<@Nullable String>> rows() {
            List<List<@Nullable String>> rows = new ArrayList<>();
            expect('[');
            if (peek() == ']') {
                pos++;
                return rows;
            }
            do {
                rows.add(row());
            } while (next(',', ']'));
            return rows;
        }

        private List<@Nullable String> row() {
            List<@Nullable String> row = new ArrayList<>();
            expect('[');
            if (peek() == ']') {
                pos++;
                return row;
            }
            do {
                row.add(value());
            } while (next(',', ']'));
            return row;
        }

        private @Nullable String value() {
            if (peek() == 'n' && text.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char ch = charAt(pos++);
                if (ch == '"') {
                    return out.toString();
                }
                if (ch != '\\') {
                    out.append(ch);
                    continue;
                }
                char escaped = charAt(pos++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, Math.min(text.length(), pos + 4)), 16));
                        pos += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        /** Consumes a separator (true) or the closing bracket (false). */
        private boolean next(char separator, char close) {
            char ch = peek();
            pos++;
            if (ch == separator) {
                return true;
            }
            if (ch == close) {
                return false;
            }
            throw new IllegalArgumentException("expected '" + separator + "' or '" + close + "' at " + (pos - 1));
        }

        private void expect(char expected) {
            if (peek() != expected) {
                throw new IllegalArgumentException("expected '" + expected + "' at " + pos);
            }
            pos++;
        }

        private char peek() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            return charAt(pos);
        }

        private char charAt(int index) {
            if (index >= text.length()) {
                throw new IllegalArgumentException("the text ends early");
            }
            return text.charAt(index);
        }

        void end() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos != text.length()) {
                throw new IllegalArgumentException("unexpected text at " + pos);
            }
        }
    }
}
