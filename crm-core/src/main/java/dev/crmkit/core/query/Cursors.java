package dev.crmkit.core.query;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.StorageLimits;
import dev.crmkit.core.kernel.ValidationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads the opaque cursors of keyset pagination. A cursor names the sort it belongs
 * to, so a cursor replayed against another sort or direction is refused instead of silently
 * returning the wrong rows, and a cursor whose value no database holds ({@link StorageLimits}) is
 * refused before it reaches one. The text is URL-safe base64; callers must treat it as opaque.
 */
final class Cursors {

    private static final String FORMAT = "c1";
    private static final char SEPARATOR = '\0';

    private Cursors() {}

    static <T extends CrmRecord> String encode(SortField<T> sort, SortDirection direction, T lastRow) {
        return encode(sort, direction, new Keyset(sort.valueOf(lastRow), lastRow.id()));
    }

    static String encode(SortField<?> sort, SortDirection direction, Keyset keyset) {
        Object value = keyset.value();
        String encodedValue = value == null ? "N" : "V" + sort.valueType().format(value);
        String plain = String.join(
                String.valueOf(SEPARATOR),
                FORMAT,
                sort.key(),
                direction.name(),
                encodedValue,
                Long.toString(keyset.id()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Keyset decode(String cursor, SortField<?> sort, SortDirection direction) {
        String[] parts = split(cursor);
        if (!parts[1].equals(sort.key()) || !parts[2].equals(direction.name())) {
            throw invalid("belongs to a different sort order; start again without a cursor");
        }
        Keyset keyset;
        try {
            // A field that is never null never ends a page on "no value": only a forged cursor says so.
            if (parts[3].equals("N") && !sort.nullable()) {
                throw new IllegalArgumentException("no value for a field that always has one");
            }
            Object value = parts[3].equals("N") ? null : parseValue(parts[3], sort);
            keyset = new Keyset(value, Long.parseLong(parts[4]));
        } catch (RuntimeException e) {
            throw invalid("is not a cursor returned by this query");
        }
        if (!isStorable(keyset.value())) {
            // Only a forged cursor gets here; the database must never see its value (PostgreSQL
            // would compare a date before 4713 BC as -infinity, or fail on an oversized number).
            throw invalid("is not a cursor returned by this query: its value is outside what the database holds");
        }
        return keyset;
    }

    private static boolean isStorable(@Nullable Object value) {
        if (value instanceof LocalDate date) {
            return StorageLimits.isStorable(date);
        }
        if (value instanceof Instant instant) {
            return StorageLimits.isStorable(instant);
        }
        if (value instanceof BigDecimal amount) {
            return StorageLimits.isStorable(amount);
        }
        return true;
    }

    private static @Nullable Object parseValue(String encoded, SortField<?> sort) {
        if (!encoded.startsWith("V")) {
            throw new IllegalArgumentException("bad value");
        }
        return sort.valueType().parse(encoded.substring(1));
    }

    private static String[] split(String cursor) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("is not a cursor returned by this query");
        }
        String[] parts = plain.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 5 || !parts[0].equals(FORMAT)) {
            throw invalid("is not a cursor returned by this query");
        }
        return parts;
    }

    private static ValidationException invalid(String message) {
        return new ValidationException("cursor", message);
    }
}
