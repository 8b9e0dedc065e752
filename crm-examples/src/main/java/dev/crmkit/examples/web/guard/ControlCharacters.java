package dev.crmkit.examples.web.guard;

/**
 * The C0 control characters the API refuses in text: all of U+0000..U+001F except tab, newline and
 * carriage return. They are invisible in every page that shows the text, and PostgreSQL refuses
 * U+0000 outright, so accepting them would store what no one can read or fail only on one database.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** True for a C0 control character other than tab, newline and carriage return. */
    public static boolean isRefused(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    /** True when {@code text} holds any character {@link #isRefused refused}. */
    public static boolean anyIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isRefused(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** @return {@code text} without the characters {@link #isRefused refused} */
    public static String removedFrom(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isRefused(text.charAt(i))) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }
}
