package dev.crmkit.examples.web.api;

import dev.crmkit.examples.web.problem.ApiValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the database columns can hold, checked at the API's edge so that a value out of range is a
 * field error instead of a database failure: amounts fit {@code NUMERIC(19,4)} (15 digits before the
 * point, 4 after), dates lie in years 1 to 9999 (PostgreSQL would store {@code -4714-11-24} as
 * {@code -infinity}). crm-core applies the same rules to what it stores; these also cover filters.
 */
final class Ranges {

    static final String AMOUNT_RULE = "must be a decimal number with at most 15 digits before the point and 4 after";
    static final String DATE_RULE = "must be a date between 0001-01-01 and 9999-12-31";
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1E15");
    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private Ranges() {}

    /** True when {@code value} fits {@code NUMERIC(19,4)}; decided without expanding a huge exponent. */
    static boolean amountFits(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 4
                && plain.precision() - plain.scale() <= 15
                && plain.abs().compareTo(AMOUNT_LIMIT) < 0;
    }

    static boolean dateFits(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** @throws ApiValidationException naming {@code parameter} when a filter amount is out of range */
    static void checkAmount(String parameter, @Nullable BigDecimal value) {
        if (value != null && !amountFits(value)) {
            throw new ApiValidationException(Map.of(parameter, AMOUNT_RULE));
        }
    }

    /** @throws ApiValidationException naming {@code parameter} when a filter date is out of range */
    static void checkDate(String parameter, @Nullable LocalDate value) {
        if (value != null && !dateFits(value)) {
            throw new ApiValidationException(Map.of(parameter, DATE_RULE));
        }
    }

    /**
     * {@code query}'s result; when the client's range is empty, crm-core's error on its lower bound (crm-core can
     * only call the other bound "the maximum amount") is reworded to name the upper bound as the client sent it,
     * the other errors kept: {@code min_amount must not be greater than max_amount}.
     *
     * @param low the lower bound's parameter
     * @param empty whether the range is empty, decided as crm-core decides it
     * @param rule what {@code low} must be, naming the upper bound's parameter
     * @param query builds the query and finds with it
     */
    static <T> T naming(String low, boolean empty, String rule, Supplier<T> query) {
        try {
            return query.get();
        } catch (ApiValidationException e) {
            if (!empty || !e.errors().containsKey(low)) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>(e.errors());
            errors.put(low, rule);
            throw new ApiValidationException(errors);
        }
    }
}
