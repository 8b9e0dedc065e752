package dev.crmkit.examples.web.chat;

import java.util.Locale;

/**
 * Names people read instead of the keys the model and the API use: {@code create_contact} is
 * "Create contact", {@code firstName} and {@code first_name} are "First name".
 */
public final class DisplayNames {

    private DisplayNames() {}

    /**
     * @param key a tool name or argument key, snake_case or camelCase
     * @return words, the first capitalised
     */
    public static String of(String key) {
        String words = snakeCase(key).replace('_', ' ').strip();
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * @param key a camelCase key
     * @return the same key in snake_case, as the API writes its fields
     */
    public static String snakeCase(String key) {
        StringBuilder out = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && key.charAt(i - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
