package dev.crmkit.core.search;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.query.LikePattern;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What to search for and how many hits to return at most. Construction throws {@link
 * dev.crmkit.core.kernel.ValidationException} on a blank text ({@code q: must not be blank}), a text
 * longer than {@value #TEXT_MAX} characters, or a limit outside 1..{@value #LIMIT_MAX}.
 *
 * <p>The pattern methods are for storage adapters: {@code LIKE} patterns over lower-cased text,
 * with {@link LikePattern#ESCAPE} as the escape character.
 *
 * @param text what to look for, stripped; matched ignoring case
 * @param limit the most hits returned
 */
public record SearchQuery(String text, int limit) {

    /** Longest text, in code points. */
    public static final int TEXT_MAX = 100;
    /** Hits returned when no limit is given. */
    public static final int DEFAULT_LIMIT = 10;
    /** Most hits one search returns. */
    public static final int LIMIT_MAX = 50;

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param text what to look for
     * @param limit the most hits returned, 1..{@value #LIMIT_MAX}
     */
    public SearchQuery {
        FieldErrors errors = new FieldErrors();
        String checked = errors.requiredText("q", text, TEXT_MAX);
        errors.check(limit >= 1 && limit <= LIMIT_MAX, "limit", "must be between 1 and " + LIMIT_MAX);
        errors.throwIfAny();
        text = checked == null ? "" : checked;
    }

    /**
     * {@return a query for {@code text} with the {@linkplain #DEFAULT_LIMIT default limit}}
     *
     * @param text what to look for
     */
    public static SearchQuery of(@Nullable String text) {
        return new SearchQuery(text == null ? "" : text, DEFAULT_LIMIT);
    }

    /**
     * {@return a query for {@code text} with a limit; the default limit when {@code limit} is null}
     *
     * @param text what to look for
     * @param limit the most hits returned, or {@code null} for the default
     */
    public static SearchQuery of(@Nullable String text, @Nullable Integer limit) {
        return new SearchQuery(text == null ? "" : text, limit == null ? DEFAULT_LIMIT : limit);
    }

    /** {@return the text lower-cased, for an exact comparison (a contact's email)} */
    public String lowerText() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** {@return a pattern matching lower-cased text that starts with the text} */
    public String prefixPattern() {
        return escaped("") + "%";
    }

    /**
     * {@return a pattern matching lower-cased text where a word after {@code separator} starts with the text}
     *
     * @param separator what precedes the word: a space, or the line break between a contact's fields
     */
    public String wordPattern(char separator) {
        return "%" + escaped(String.valueOf(separator)) + "%";
    }

    /** {@return a pattern matching lower-cased text that contains the text} */
    public String containsPattern() {
        return LikePattern.containsLowerCase(text);
    }

    private String escaped(String before) {
        // containsLowerCase escapes and wraps in '%': strip the wrapping, keep the escaping.
        String contains = LikePattern.containsLowerCase(before + text);
        return contains.substring(1, contains.length() - 1);
    }
}
