package dev.crmkit.examples.web.api;

/** The singular of the API's resource names, which are regular English plurals, and its article. Stateless. */
final class Nouns {

    private Nouns() {}

    /** {@code contacts} → {@code contact}, {@code companies} → {@code company}; a word without an s as it is. */
    static String singular(String plural) {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /** {@code contact} → {@code a contact}, {@code activity} → {@code an activity}: by the first letter. */
    static String withArticle(String singular) {
        return ("aeiou".indexOf(Character.toLowerCase(singular.charAt(0))) >= 0 ? "an " : "a ") + singular;
    }
}
