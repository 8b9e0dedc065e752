package dev.crmkit.core.kernel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What every supported database (H2, PostgreSQL, MariaDB) holds, so crm-core can refuse anything
 * else before it reaches one: with a {@link ValidationException} naming the field, the same on
 * every database, instead of a storage error or, worse, a different value. (PostgreSQL stores a
 * date before 4713 BC as {@code -infinity}; a filter of {@code 1e131072} overflows its numeric
 * comparison and matches every deal.) The services and commands check dates, amounts, amount and
 * date filters, and the values inside cursors against these limits; other layers (a web API, a
 * tool schema) may read them to describe or pre-check their inputs.
 *
 * <p>Constants and pure functions only; thread-safe.
 */
public final class StorageLimits {

    /** The first day a date field, date filter or date in a cursor may hold. */
    public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);

    /** The last day a date field, date filter or date in a cursor may hold. */
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

    /** The first instant a timestamp in a cursor may hold: the start of {@link #MIN_DATE} in UTC. */
    public static final Instant MIN_INSTANT = MIN_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);

    /** The last instant a timestamp in a cursor may hold: the last microsecond of {@link #MAX_DATE} in UTC. */
    public static final Instant MAX_INSTANT =
            MAX_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1_000);

    /** Digits before the decimal point of an amount or amount filter: the schema's {@code NUMERIC(19,4)}. */
    public static final int AMOUNT_INTEGER_DIGITS = Money.MAX_INTEGER_DIGITS;

    /** Digits after the decimal point of an amount or amount filter: the schema's {@code NUMERIC(19,4)}. */
    public static final int AMOUNT_DECIMALS = Money.MAX_DECIMALS;

    /** The largest amount {@code NUMERIC(19,4)} holds; its negation is the smallest. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.9999");

    /**
     * Characters of a record's search text (its searchable fields lower-cased and joined, as
     * contacts and companies keep it) the schema stores: lower-casing may lengthen text.
     */
    public static final int SEARCH_TEXT_MAX = 1_400;

    /** The message of a date outside {@link #MIN_DATE}..{@link #MAX_DATE}. */
    public static final String DATE_RULE = "must be between " + MIN_DATE + " and " + MAX_DATE;

    /** The message of an amount that {@code NUMERIC(19,4)} cannot hold. */
    public static final String AMOUNT_RULE = "must have at most " + AMOUNT_INTEGER_DIGITS
            + " digits before the decimal point and " + AMOUNT_DECIMALS + " after it";

    private StorageLimits() {}

    /**
     * {@return true when {@code date} lies in {@link #MIN_DATE}..{@link #MAX_DATE}}
     *
     * @param date the date
     */
    public static boolean isStorable(LocalDate date) {
        return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
    }

    /**
     * {@return true when {@code instant} lies in {@link #MIN_INSTANT}..{@link #MAX_INSTANT}}
     *
     * @param instant the instant
     */
    public static boolean isStorable(Instant instant) {
        return !instant.isBefore(MIN_INSTANT) && !instant.isAfter(MAX_INSTANT);
    }

    /**
     * True when {@code NUMERIC(19,4)} holds {@code amount} exactly: at most {@value
     * #AMOUNT_INTEGER_DIGITS} integer digits and {@value #AMOUNT_DECIMALS} decimals, either sign.
     * Cheap for any exponent ({@code 1e-999999999} or {@code 1e131072} included).
     *
     * @param amount the amount
     * @return whether every supported database stores it exactly
     */
    public static boolean isStorable(BigDecimal amount) {
        // precision - scale counts the digits before the point (zero or less for 0.0xyz) and does
        // not change with trailing zeros; long arithmetic, as a parsed exponent can put the scale
        // near either end of the int range.
        long integerDigits = (long) amount.precision() - amount.scale();
        if (amount.signum() != 0 && integerDigits > AMOUNT_INTEGER_DIGITS) {
            return false;
        }
        // Only now strip: the scale is positive here, so stripping cannot overflow it.
        return amount.scale() <= AMOUNT_DECIMALS || amount.stripTrailingZeros().scale() <= AMOUNT_DECIMALS;
    }
}
