package dev.crmkit.agent.crm;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.kernel.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What every tool shares in reading its arguments: the conversions from JSON values to crm-core's
 * types and the partial-update convention. The bounds crm-core has no constant for are annotations
 * that name them ({@link IsoDate}, {@link CurrencyCode}, {@link SearchText}, {@link FreeText},
 * {@link StageKey}); the shared parameters are records of their own: {@link Paging},
 * {@link SortedPaging}, {@link TagFilter}, {@link CustomFieldArguments}; each aggregate's own fields are
 * argument records in one file of its own ({@link ContactArguments} and so on).
 *
 * <h2>Partial updates</h2>
 * An update tool's parameters are {@link Patch}es, which the dispatcher makes: a parameter that is
 * absent, or {@code null}, leaves the field unchanged; {@code ""} clears an
 * optional text or date; {@code 0} removes a link. crm-core refuses to clear a required field and
 * names it. This differs from the REST API, where {@code null} clears, on purpose: chat models write
 * {@code null} for parameters they mean to leave out (OpenAI-style strict schemas make every optional
 * parameter nullable and required, and small models copy the schema's shape), so a {@code null} that
 * cleared would wipe fields nobody asked to change. A value of the parameter's own type is a choice
 * the model makes deliberately.
 *
 * <p>A value that does not convert is an error on the parameter's name, collected with those of the command
 * it is for ({@link #built}) and reported to the model like any other broken rule, all at once.
 */
final class ToolArguments {

    private ToolArguments() {}

    /** @return the date, or null when absent or blank, or when it is not a date (then recorded in {@code errors}) */
    static @Nullable LocalDate date(FieldErrors errors, String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(parameter, "must be a date written YYYY-MM-DD, such as 2026-03-15");
            return null;
        }
    }

    /**
     * {@return what {@code build} makes of the converted values}: the crm-core command, query or update.
     *
     * @throws ValidationException with the errors of the conversions, already in {@code errors}, and those of
     *     {@code build}, so that a call hears of every broken rule at once
     */
    static <T> T built(FieldErrors errors, Supplier<T> build) {
        T built = errors.collect("", build);
        errors.throwIfAny();
        return Objects.requireNonNull(built);
    }

    /** An update's link: absent keeps it, 0 removes it, an id sets it. */
    static Patch<Long> link(Patch<Long> id) {
        return id.map(value -> value == 0 ? null : value);
    }

    /**
     * An update's date: absent keeps it, {@code ""} clears it, {@code YYYY-MM-DD} sets it; what is not a date is
     * recorded in {@code errors}.
     */
    static Patch<LocalDate> date(FieldErrors errors, String parameter, Patch<String> value) {
        return value.map(text -> date(errors, parameter, text));
    }
}
