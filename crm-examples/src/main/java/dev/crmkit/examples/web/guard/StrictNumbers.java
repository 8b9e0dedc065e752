package dev.crmkit.examples.web.guard;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whole numbers in paths and query parameters exactly as a person writes them: decimal digits, no
 * sign, no leading zeros, in range (every whole-number parameter of the app is an id or a count). Spring's default conversion also decodes {@code 0x1484a}
 * and {@code +1}, so {@code DELETE /api/v1/contacts/0x1484a} would delete contact 84042; bound
 * through {@link StrictNumberBinding}, such a value fails (a 404 for a path id, a 400 for a parameter).
 *
 * <p>Stateless and thread-safe.
 */
public final class StrictNumbers {

    private static final Pattern WHOLE = Pattern.compile("0|[1-9][0-9]{0,18}");

    private StrictNumbers() {}

    /**
     * @return the value, or {@code null} for an empty text (an absent optional parameter)
     * @throws IllegalArgumentException for anything but plain decimal digits in {@code long} range
     */
    public static @Nullable Long parseLong(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (!WHOLE.matcher(text).matches()) {
            throw new IllegalArgumentException("not a plain decimal whole number: " + text);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("past the range of whole numbers: " + text);
        }
    }

    /** {@link #parseLong} within the {@code int} range. */
    public static @Nullable Integer parseInt(String source) {
        Long value = parseLong(source);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("out of range: " + source);
        }
        return value == null ? null : value.intValue();
    }
}
