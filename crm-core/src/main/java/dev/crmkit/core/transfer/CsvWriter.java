package dev.crmkit.core.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes CSV records as RFC 4180 defines them: fields separated by a comma, records ended by
 * CRLF, a field quoted (quotes doubled) when it holds the delimiter, a quote or a line break, or
 * starts or ends with a space. {@code null} is written as an empty field. Not thread-safe; the
 * caller flushes and closes the writer.
 */
public final class CsvWriter {

    private final Writer out;
    private final char delimiter;

    /** @param out where the records go */
    public CsvWriter(Writer out) {
        this(out, ',');
    }

    /**
     * @param out where the records go
     * @param delimiter the field separator, {@code ,} or {@code ;}
     */
    public CsvWriter(Writer out, char delimiter) {
        this.out = out;
        this.delimiter = delimiter;
    }

    /**
     * Writes one record.
     *
     * @param fields the fields; {@code null} for an empty field
     * @throws UncheckedIOException when writing fails
     */
    public void write(List<? extends @Nullable Object> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(delimiter);
                }
                Object field = fields.get(i);
                if (field != null) {
                    out.write(quoted(field.toString()));
                }
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String quoted(String text) {
        boolean quote = !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ');
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
