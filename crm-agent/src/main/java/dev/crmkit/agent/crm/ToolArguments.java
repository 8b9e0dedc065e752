package dev.crmkit.agent.crm;

import dev.crmkit.core.ValidationException;
import dev.crmkit.core.query.SortDirection;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The conversions the tools make from JSON values to crm-core's types. A value that does not
 * convert is a {@link ValidationException} on the parameter's name, reported to the model like any
 * other broken rule.
 */
final class ToolArguments {

    /** Search results a model gets when it does not ask for a number: enough to answer, cheap in context. */
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private ToolArguments() {
    }

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

    static int limit(@Nullable Long limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit.intValue();
    }

    static SortDirection direction(@Nullable SortDirection direction) {
        return direction == null ? SortDirection.ASC : direction;
    }

    /** A link in an update: absent keeps it, 0 removes it, an id sets it. */
    static @Nullable Long link(long id) {
        return id == 0 ? null : id;
    }
}
