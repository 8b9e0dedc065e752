package dev.crmkit.core.transfer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV records as RFC 4180 defines them, streaming: fields separated by the delimiter,
 * records by CRLF or LF, a field in double quotes may hold the delimiter, line breaks and doubled
 * quotes. A leading UTF-8 byte order mark is skipped; the delimiter ({@code ,} or {@code ;}) is
 * the one of the two the header line holds more of outside quotes. Blank lines are skipped. Not
 * thread-safe; the caller closes the reader.
 *
 * <p>A field that starts with a single quote ({@code '}) and, after its leading quotes, one of
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read without its first
 * quote: {@link CsvWriter} adds that quote to keep spreadsheets from running formulas, so {@code
 * '=SUM(A1)} reads as {@code =SUM(A1)} and {@code ''-5} as {@code '-5}. Any other field, {@code
 * 'quoted'} included, reads as it stands.
 */
public final class CsvReader {

    private final Reader in;
    private final StringBuilder header = new StringBuilder();
    private int headerPos;
    private char delimiter;
    private int peeked = -2;
    private long line = 1;
    private long recordLine;
    private long chars;
    private final char[] buffer = new char[8192];
    private int bufferPos;
    private int bufferEnd;

    /**
     * Detects the delimiter from the first line; the reader should be buffered.
     *
     * @param in the text, decoded (UTF-8 for files)
     */
    public CsvReader(Reader in) {
        this.in = in;
        try {
            int c = in.read();
            if (c == '\uFEFF') {
                c = in.read();
            }
            boolean quoted = false;
            int commas = 0;
            int semicolons = 0;
            while (c != -1) {
                header.append((char) c);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '\n') {
                    break;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                }
                c = in.read();
            }
            delimiter = semicolons > commas ? ';' : ',';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the delimiter found in the header line: {@code ,} or {@code ;}} */
    public char delimiter() {
        return delimiter;
    }

    /** {@return the line on which the record last returned by {@link #next()} starts, from 1} */
    public long recordLine() {
        return recordLine;
    }

    /** {@return the characters read so far, for progress} */
    public long charsRead() {
        return chars;
    }

    /**
     * {@return the next record's fields, or {@code null} at the end of the input}
     *
     * @throws UncheckedIOException when reading fails
     * @throws IllegalArgumentException when a quoted field is not closed before the end
     */
    public @Nullable List<String> next() {
        int c = read();
        while (c == '\n' || c == '\r') {
            c = read();
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IllegalArgumentException("line " + recordLine + ": a quoted field is not closed");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                fields.add(CsvWriter.undefused(field.toString()));
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                fields.add(CsvWriter.undefused(field.toString()));
                return fields;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int peek() {
        if (peeked == -2) {
            peeked = rawRead();
        }
        return peeked;
    }

    private int read() {
        int c;
        if (peeked != -2) {
            c = peeked;
            peeked = -2;
        } else {
            c = rawRead();
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private int rawRead() {
        if (headerPos < header.length()) {
            chars++;
            return header.charAt(headerPos++);
        }
        if (bufferPos == bufferEnd && !fill()) {
            return -1;
        }
        chars++;
        return buffer[bufferPos++];
    }

    /** Reads the next block: {@link Reader#read()} per character costs a lock each, even on a buffered reader. */
    private boolean fill() {
        try {
            int n;
            do {
                n = in.read(buffer, 0, buffer.length);
            } while (n == 0);
            bufferPos = 0;
            bufferEnd = Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
