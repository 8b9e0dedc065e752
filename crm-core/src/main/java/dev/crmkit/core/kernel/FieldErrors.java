package dev.crmkit.core.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Collects field errors while a command is checked, so one {@link ValidationException} reports
 * every broken rule at once. Text rules count Unicode code points (what the database counts),
 * strip surrounding whitespace, refuse text no database can store (NUL, broken surrogates) and
 * C0 control characters other than tab, newline and carriage return ({@link #CONTROL_RULE}): every
 * surface (REST, CLI, tools, imports) gets the same answer.
 *
 * <p>crmkit's own validation helper: public because the commands of every aggregate package use
 * it, not meant for hosts, and it may change between releases without notice. Not thread-safe:
 * one instance per check.
 */
public final class FieldErrors {

    /** Longest email address (RFC 5321 path limit). */
    public static final int EMAIL_MAX = 254;

    /**
     * The rule a text with a C0 control character other than tab, newline and carriage return
     * breaks: such characters are invisible wherever the text is shown. The REST API gives the same
     * words.
     */
    public static final String CONTROL_RULE =
            "must not contain control characters other than tab, newline and carriage return";

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@.]+(\\.[^\\s@.]+)+");

    private final Map<String, String> errors = new LinkedHashMap<>();

    /**
     * {@return a required text: stripped, not blank, at most {@code max} code points}
     *
     * @param field the field the error is reported on
     * @param value the new value
     * @param max the longest text allowed, in code points
     */
    public @Nullable String requiredText(String field, @Nullable String value, int max) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            add(field, "must not be blank");
            return null;
        }
        return checked(field, text, max);
    }

    /**
     * {@return an optional text: stripped; blank becomes absent; at most {@code max} code points}
     *
     * @param field the field the error is reported on
     * @param value the new value
     * @param max the longest text allowed, in code points
     */
    public @Nullable String optionalText(String field, @Nullable String value, int max) {
        String text = value == null ? null : value.strip();
        return text == null || text.isEmpty() ? null : checked(field, text, max);
    }

    /**
     * {@return a required text in an update: may be left unchanged or set, never cleared}
     *
     * @param field the field the error is reported on
     * @param patch the change to the field
     * @param max the longest text allowed, in code points
     */
    public Patch<String> requiredText(String field, Patch<String> patch, int max) {
        if (!patch.isPresent()) {
            return patch;
        }
        String text = requiredText(field, patch.applyTo(null), max);
        return text == null ? Patch.unchanged() : Patch.set(text);
    }

    /**
     * {@return an optional text in an update: a blank value clears the field}
     *
     * @param field the field the error is reported on
     * @param patch the change to the field
     * @param max the longest text allowed, in code points
     */
    public Patch<String> optionalText(String field, Patch<String> patch, int max) {
        if (!patch.isPresent()) {
            return patch;
        }
        return Patch.setOrClear(optionalText(field, patch.applyTo(null), max));
    }

    /**
     * {@return whether {@code c} is a C0 control character other than tab, newline and carriage return}
     *
     * @param c a UTF-16 unit or code point
     */
    public static boolean isRefusedControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    /**
     * {@return whether {@code name} is fit for an identifier a host chooses (an actor, a change set,
     * a conversation): no control character at all and no broken surrogate pair, so every database
     * stores it and a log line or an audit page shows it as written}
     *
     * @param name the identifier as given
     */
    public static boolean isPlainName(String name) {
        return isStorable(name) && name.codePoints().noneMatch(Character::isISOControl);
    }

    /** The message for a name that {@link #isPlainName} refuses. */
    public static final String PLAIN_NAME_RULE = "must not contain control characters or broken surrogate pairs";

    /**
     * {@return a required email: stripped, lower-cased (emails are unique ignoring case), plausible syntax}
     *
     * @param field the field the error is reported on
     * @param value the new value
     */
    public @Nullable String email(String field, @Nullable String value) {
        String text = requiredText(field, value, EMAIL_MAX);
        if (text == null) {
            return null;
        }
        if (!EMAIL.matcher(text).matches()) {
            add(field, "must be a valid email address such as jane@example.com");
            return null;
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * {@return an email in an update: may be left unchanged or set, never cleared}
     *
     * @param field the field the error is reported on
     * @param patch the change to the field
     */
    public Patch<String> email(String field, Patch<String> patch) {
        if (!patch.isPresent()) {
            return patch;
        }
        String email = email(field, patch.applyTo(null));
        return email == null ? Patch.unchanged() : Patch.set(email);
    }

    /**
     * {@return an optional ISO 4217 currency code, upper-cased; {@code null} stays {@code null}}
     *
     * @param field the field the error is reported on
     * @param code an ISO 4217 code such as {@code EUR}
     */
    public @Nullable String currency(String field, @Nullable String code) {
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            add(field, "must be an ISO 4217 currency code such as USD or EUR");
            return null;
        }
    }

    /**
     * {@return an optional date the databases can hold ({@link StorageLimits#isStorable(LocalDate)}); {@code null} stays {@code null}}
     *
     * @param field the field the error is reported on
     * @param value the new value
     */
    public @Nullable LocalDate date(String field, @Nullable LocalDate value) {
        if (value != null && !StorageLimits.isStorable(value)) {
            add(field, StorageLimits.DATE_RULE);
            return null;
        }
        return value;
    }

    /**
     * {@return a date in an update: unchanged and clear pass; a set date must be storable}
     *
     * @param field the field the error is reported on
     * @param patch the change to the field
     */
    public Patch<LocalDate> date(String field, Patch<LocalDate> patch) {
        if (!(patch instanceof Patch.Set)) {
            return patch;
        }
        LocalDate date = date(field, patch.applyTo(null));
        return date == null ? Patch.unchanged() : Patch.set(date);
    }

    /**
     * An optional amount (or amount filter) that {@code NUMERIC(19,4)} holds exactly ({@link
     * StorageLimits#isStorable(BigDecimal)}); {@code null} stays {@code null}.
     *
     * @param field the field the error is reported on
     * @param value the new value
     * @return the nullable big decimal
     */
    public @Nullable BigDecimal amount(String field, @Nullable BigDecimal value) {
        if (value != null && !StorageLimits.isStorable(value)) {
            add(field, StorageLimits.AMOUNT_RULE);
            return null;
        }
        return value;
    }

    /**
     * Records {@code message} for {@code field} unless {@code ok}.
     *
     * @param ok whether the rule holds
     * @param field the field the error is reported on
     * @param message what went wrong, for a person to read
     */
    public void check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
    }

    /**
     * Records an error; the first message per field wins.
     *
     * @param field the field the error is reported on
     * @param message what went wrong, for a person to read
     */
    public void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /**
     * Runs a check that throws {@link ValidationException} itself (e.g. building a value record),
     * keeping its errors under {@code prefix} and returning {@code null} when it failed.
     *
     * @param <T> the type of the value
     * @param prefix put before each field name of the check's errors
     * @param check builds or checks a value, throwing ValidationException when it cannot
     * @return the nullable t
     */
    public <T> @Nullable T collect(String prefix, Supplier<T> check) {
        try {
            return check.get();
        } catch (ValidationException e) {
            e.errors().forEach((field, message) -> add(prefix + field, message));
            return null;
        }
    }

    /**
     * {@return whether an error was recorded on this field}
     *
     * @param field the field
     */
    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** {@return whether no error was recorded} */
    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws a {@link ValidationException} carrying every error recorded so far, if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private @Nullable String checked(String field, String text, int max) {
        if (!isStorable(text)) {
            add(field, "must not contain NUL characters or broken surrogate pairs");
            return null;
        }
        if (text.chars().anyMatch(FieldErrors::isRefusedControl)) {
            add(field, CONTROL_RULE);
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            add(field, "must be at most " + max + " characters");
            return null;
        }
        return text;
    }

    private static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
