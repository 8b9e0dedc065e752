package dev.crmkit.core.query;

import java.util.Locale;

/**
 * Builds SQL {@code LIKE} patterns from user text, so that {@code %} and {@code _} typed by a
 * user match themselves. Adapters bind the pattern as a value and write {@code ESCAPE '!'}
 * ({@link #ESCAPE}), which means the same on every supported database.
 */
public final class LikePattern {

    /** The escape character to declare in the {@code LIKE ... ESCAPE} clause. */
    public static final char ESCAPE = '!';

    private LikePattern() {}

    /**
     * {@return a pattern matching text that contains {@code fragment}, lower-cased}
     *
     * @param fragment the text to look for
     */
    public static String containsLowerCase(String fragment) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : fragment.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
