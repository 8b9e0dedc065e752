package dev.crmkit.core.tag;

import dev.crmkit.core.kernel.FieldErrors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of tag names, in one place for the commands, queries and adapters: surrounding
 * whitespace is stripped and every run of whitespace inside becomes one space; a name is not
 * blank, at most {@value #NAME_MAX} code points, and holds no comma (forms and the CLI separate
 * tags with commas), no control character and no invisible format character such as a zero-width
 * space (U+200B): {@code "vip"} and {@code "v\u200Bip"} would be two tags that look alike. The
 * joiners and tag characters inside an emoji sequence (👩‍💻, a subdivision flag) are kept, and so are
 * the zero-width (non-)joiners inside a Persian or Indic word. Two names are the same tag when their
 * {@link #key(String) keys}, lower-cased
 * in Java so that every database compares alike, are equal.
 */
public final class TagNames {

    /** Longest tag name, in code points. */
    public static final int NAME_MAX = 50;

    /** Most tags one record carries, and most tags one query filters by. */
    public static final int PER_RECORD_MAX = 20;

    /** Characters {@code crm_tag.name_key} stores: lower-casing may lengthen text. */
    public static final int KEY_MAX = 200;

    /** Orders names as lists show them: ignoring case, then exactly. */
    public static final Comparator<String> ORDER =
            Comparator.comparing(TagNames::key).thenComparing(Comparator.naturalOrder());

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int EMOJI_PRESENTATION = 0xFE0F;
    private static final int SKIN_TONE_FIRST = 0x1F3FB;
    private static final int SKIN_TONE_LAST = 0x1F3FF;
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final int TAG_FIRST = 0xE0020;
    private static final int TAG_LAST = 0xE007F;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TagNames() {}

    /**
     * {@return the name normalized: stripped, inner whitespace collapsed to one space}
     *
     * @param field the field an error is reported on
     * @param raw the name as typed
     * @param errors collects the error when the name breaks a rule (then the result is null)
     */
    public static @Nullable String normalize(String field, @Nullable String raw, FieldErrors errors) {
        String collapsed = raw == null ? null : SPACES.matcher(raw.strip()).replaceAll(" ");
        String name = errors.requiredText(field, collapsed, NAME_MAX);
        if (name != null && name.indexOf(',') >= 0) {
            errors.add(field, "must not contain a comma");
            return null;
        }
        if (name != null) {
            int invisible = invisible(name);
            if (invisible >= 0) {
                errors.add(
                        field,
                        String.format(
                                Locale.ROOT,
                                "must not contain invisible characters such as U+%04X (a zero-width or"
                                        + " formatting character)",
                                invisible));
                return null;
            }
        }
        return name;
    }

    /** The first format character (Cf) outside an emoji sequence, or -1. */
    private static int invisible(String name) {
        int previous = -1;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int next = i < name.length() ? name.codePointAt(i) : -1;
            if (Character.getType(c) == Character.FORMAT && !inEmoji(c, previous, next) && !inWord(c, previous, next)) {
                return c;
            }
            previous = c;
        }
        return -1;
    }

    /**
     * Whether a format character belongs to an emoji sequence: a zero-width joiner between two
     * symbols (a symbol may carry a variation selector or skin tone), or a tag character after the
     * black flag or another tag character (subdivision flags).
     */
    private static boolean inEmoji(int c, int previous, int next) {
        if (c == ZERO_WIDTH_JOINER) {
            boolean afterSymbol = previous >= 0
                    && (Character.getType(previous) == Character.OTHER_SYMBOL
                            || previous == EMOJI_PRESENTATION
                            || (previous >= SKIN_TONE_FIRST && previous <= SKIN_TONE_LAST));
            return afterSymbol && next >= 0 && Character.getType(next) == Character.OTHER_SYMBOL;
        }
        return c >= TAG_FIRST
                && c <= TAG_LAST
                && (previous == BLACK_FLAG || (previous >= TAG_FIRST && previous <= TAG_LAST));
    }

    /**
     * Whether a zero-width (non-)joiner is part of a word's spelling: Persian and the Indic scripts write
     * some words with them (e.g. {@code می\u200Cخواهم}), between two letters (or a virama and a letter) of
     * their own script. Between Latin, Greek or Cyrillic letters, which never need them, they stay refused:
     * {@code v\u200Cip} would be a second tag that looks like {@code vip}.
     */
    private static boolean inWord(int c, int previous, int next) {
        return (c == ZERO_WIDTH_NON_JOINER || c == ZERO_WIDTH_JOINER)
                && previous >= 0
                && next >= 0
                && (Character.isLetter(previous) || Character.getType(previous) == Character.NON_SPACING_MARK)
                && Character.isLetter(next)
                && joiningScript(previous)
                && joiningScript(next);
    }

    private static boolean joiningScript(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.LATIN
                && script != Character.UnicodeScript.GREEK
                && script != Character.UnicodeScript.CYRILLIC
                && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.INHERITED;
    }

    /**
     * {@return the name's unique key: the normalized name lower-cased}
     *
     * @param name a normalized name
     */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Normalizes a list of names: each by {@link #normalize}, duplicates (by key) dropped keeping
     * the first spelling, sorted by {@link #ORDER}; at most {@value #PER_RECORD_MAX}.
     *
     * @param field the field errors are reported on, e.g. {@code tags}
     * @param raw the names as given
     * @param errors collects the errors
     * @return the distinct normalized names, sorted
     */
    public static List<String> normalizeAll(String field, Collection<String> raw, FieldErrors errors) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : raw) {
            String normalized = normalize(field, name, errors);
            if (normalized != null) {
                byKey.putIfAbsent(key(normalized), normalized);
            }
        }
        if (byKey.size() > PER_RECORD_MAX) {
            errors.add(field, "must hold at most " + PER_RECORD_MAX + " tags");
        }
        List<String> names = new ArrayList<>(byKey.values());
        names.sort(ORDER);
        return List.copyOf(names);
    }

    /**
     * {@link #normalizeAll(String, Collection, FieldErrors)}, throwing at once.
     *
     * @param field the field errors are reported on
     * @param raw the names as given
     * @return the distinct normalized names, sorted
     * @throws dev.crmkit.core.kernel.ValidationException when a name breaks a rule
     */
    public static List<String> normalizeAll(String field, Collection<String> raw) {
        FieldErrors errors = new FieldErrors();
        List<String> names = normalizeAll(field, raw, errors);
        errors.throwIfAny();
        return names;
    }

    /**
     * {@return the keys of names a query filters by: normalized, distinct, sorted}
     *
     * @param raw the names as given
     * @param errors collects the errors, on field {@code tags}
     */
    public static List<String> filterKeys(Collection<String> raw, FieldErrors errors) {
        return normalizeAll("tags", raw, errors).stream()
                .map(TagNames::key)
                .sorted()
                .toList();
    }
}
