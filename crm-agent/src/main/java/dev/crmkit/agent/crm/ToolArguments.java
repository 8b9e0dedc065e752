package dev.crmkit.agent.crm;

import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.kernel.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * <p>A value that does not convert is a {@link ValidationException} on the parameter's name, reported
 * to the model like any other broken rule.
 */
final class ToolArguments {

    private ToolArguments() {}

    /** @return the date, or null when absent or blank */
    static @Nullable LocalDate date(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(parameter, "must be a date written YYYY-MM-DD, such as 2026-03-15");
        }
    }

    /** An update's link: absent keeps it, 0 removes it, an id sets it. */
    static Patch<Long> link(Patch<Long> id) {
        return id.map(value -> value == 0 ? null : value);
    }

    /** An update's date: absent keeps it, {@code ""} clears it, {@code YYYY-MM-DD} sets it. */
    static Patch<LocalDate> date(String parameter, Patch<String> value) {
        return value.map(text -> date(parameter, text));
    }
}
