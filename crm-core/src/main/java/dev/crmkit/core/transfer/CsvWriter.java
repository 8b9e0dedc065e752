package dev.crmkit.core.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes CSV records as RFC 4180 defines them: fields separated by a comma, records ended by
 * CRLF, a field quoted (quotes doubled) when it holds a comma, a semicolon, a quote or a line
 * break, or starts or ends with a space. Both separators are quoted whichever is the delimiter: a
 * spreadsheet in a locale whose list separator is the other one still keeps the field whole. {@code
 * null} is written as an empty field. Not thread-safe; the caller flushes and closes the writer.
 *
 * <p>Spreadsheet formulas are defused (CSV injection, as OWASP describes it): a field whose text
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with
 * a single quote ({@code '}) before it, so a spreadsheet shows it as text instead of running it;
 * {@code =HYPERLINK("http://evil","x")} is written {@code '=HYPERLINK(...)}. A number is no formula
 * and stays as it is: a field of digits with an optional leading {@code -} and decimal part ({@code
 * -5}, {@code -1250.50}). So that reading is unambiguous, a field that already starts with quotes
 * followed by one of those characters gets one quote more ({@code '-5} is written {@code ''-5}).
 * {@link CsvReader} removes exactly that one quote again: every field reads back as written.
 */
public final class CsvWriter {

    /** A number as the exporter writes one: no formula, though it may start with {@code -}. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

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

    private String quoted(String field) {
        String text = defused(field);
        boolean quote = !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ');
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == delimiter || c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** {@return the text with the quote that keeps a spreadsheet from reading it as a formula, where it needs one} */
    static String defused(String text) {
        int quotes = leadingQuotes(text);
        if (!startsFormula(text, quotes) || (quotes == 0 && NUMBER.matcher(text).matches())) {
            return text;
        }
        return "'" + text;
    }

    /** {@return the text as written before {@link #defused}: one leading quote less where it added one} */
    static String undefused(String text) {
        int quotes = leadingQuotes(text);
        return quotes > 0 && startsFormula(text, quotes) ? text.substring(1) : text;
    }

    private static int leadingQuotes(String text) {
        int quotes = 0;
        while (quotes < text.length() && text.charAt(quotes) == '\'') {
            quotes++;
        }
        return quotes;
    }

    /** Whether the character after the leading quotes starts a formula. */
    private static boolean startsFormula(String text, int quotes) {
        if (quotes == text.length()) {
            return false;
        }
        char c = text.charAt(quotes);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
