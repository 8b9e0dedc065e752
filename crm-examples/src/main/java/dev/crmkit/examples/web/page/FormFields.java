package dev.crmkit.examples.web.page;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Parses the text a form posts into the values crm-core's commands take. A value that does not
 * parse is recorded on its field and comes back as {@code null}, so that one post reports every
 * field's error at once instead of the first.
 */
final class FormFields {

    private FormFields() {}

    /** {@return the tag names typed, comma separated; blanks between commas are ignored} */
    static List<String> tagNames(@Nullable String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(",")).filter(name -> !name.isBlank()).toList();
    }

    /** {@return the text stripped, or {@code null} when blank} */
    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** {@return the date of an {@code <input type="date">}, {@code null} when blank or malformed} */
    static @Nullable LocalDate date(FieldErrors errors, String field, @Nullable String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date such as 2026-03-31");
            return null;
        }
    }

    /** {@return the id a picker posted, {@code null} for "none" or when malformed} */
    static @Nullable Long id(FieldErrors errors, String field, @Nullable String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, "must be one of the choices offered");
        return null;
    }

    /** {@return a required decimal amount, {@code null} when missing or malformed} */
    static @Nullable BigDecimal amount(FieldErrors errors, String field, @Nullable String text) {
        String value = blankToNull(text);
        if (value == null) {
            errors.add(field, "must not be blank");
            return null;
        }
        return errors.collect("", () -> Money.parseAmount(value.replace(",", "")));
    }

    /** {@return the value as a form shows it: its text, or empty for none} */
    static String shown(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * Replaces an optional date: sets the date typed, clears it when the input is blank, and leaves
     * it alone when the text does not parse (the error is recorded).
     */
    static void replaceDate(
            FieldErrors errors, String field, @Nullable String text, Consumer<@Nullable LocalDate> set) {
        LocalDate date = date(errors, field, text);
        if (date != null || blankToNull(text) == null) {
            set.accept(date);
        }
    }

    /**
     * {@return the command the builder builds}
     *
     * @throws dev.crmkit.core.kernel.ValidationException naming every field recorded so far and the
     *     builder's own errors
     */
    static <T> T build(FieldErrors errors, Supplier<T> builder) {
        T built = errors.collect("", builder);
        errors.throwIfAny();
        return Objects.requireNonNull(built);
    }
}
