package dev.crmkit.core.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one ISO 4217 currency. Never a float: the amount is a {@link BigDecimal}
 * normalised to the currency's decimal places (2 for USD, 0 for JPY, 3 for KWD, 4 at most), so
 * two equal amounts are {@link #equals(Object) equal} and a value read back from the database is
 * the value that was written.
 *
 * <p>Construction throws {@link ValidationException} ({@code amount} or {@code currency}) when a
 * rule is broken.
 *
 * @param amount the amount, with at most the currency's decimal places
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Integer digits the schema stores for an amount ({@code NUMERIC(19,4)}). */
    public static final int MAX_INTEGER_DIGITS = 15;

    /** Decimal places the schema stores. */
    public static final int MAX_DECIMALS = 4;

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param amount the amount, with at most the currency's decimal places
     * @param currency the currency
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int decimals = decimals(currency);
        if (amount.stripTrailingZeros().scale() > decimals) {
            throw new ValidationException(
                    "amount",
                    decimals == 0
                            ? "must be a whole number of " + currency.getCurrencyCode()
                            : "must have at most " + decimals + " decimal places for " + currency.getCurrencyCode());
        }
        amount = amount.setScale(decimals, RoundingMode.UNNECESSARY);
    }

    /**
     * @param amount a decimal string such as {@code "1250.00"}
     * @param currencyCode an ISO 4217 code such as {@code "EUR"}
     * @return the money
     */
    public static Money of(String amount, String currencyCode) {
        return of(parseAmount(amount), currencyCode);
    }

    /**
     * An amount in the currency with this code.
     *
     * @param amount the amount, normalised to the currency's decimals
     * @param currencyCode an ISO 4217 code such as {@code EUR}
     * @return the money
     * @throws ValidationException when the code is not a currency
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    /**
     * {@return nothing, in this currency}
     *
     * @param currency the currency
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * {@return the currency for an ISO 4217 code, or a {@link ValidationException} on field {@code currency}}
     *
     * @param code an ISO 4217 code such as {@code EUR}
     */
    public static Currency currency(String code) {
        FieldErrors errors = new FieldErrors();
        String valid = errors.currency("currency", code);
        errors.throwIfAny();
        return Currency.getInstance(valid);
    }

    /**
     * {@return decimal places for amounts in this currency: its ISO digits, capped at {@value #MAX_DECIMALS}}
     *
     * @param currency the currency
     */
    public static int decimals(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? MAX_DECIMALS : Math.min(digits, MAX_DECIMALS);
    }

    /**
     * {@return the sum of both amounts}
     *
     * @param other an amount in the same currency
     * @throws IllegalArgumentException when the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * {@return this amount times {@code percent}/100, rounded half-even to the currency's decimals}
     *
     * @param percent a percentage, 0 to 100
     */
    public Money percent(int percent) {
        BigDecimal scaled = amount.multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), decimals(currency), RoundingMode.HALF_EVEN);
        return new Money(scaled, currency);
    }

    /** {@return whether the amount is below zero} */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** {@return true when the amount fits the schema's {@value #MAX_INTEGER_DIGITS} integer digits} */
    public boolean isStorable() {
        return (long) amount.precision() - amount.scale() <= MAX_INTEGER_DIGITS;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
    }

    /**
     * Parses a decimal string such as {@code "1250.00"}, or a {@link ValidationException} on field {@code amount}.
     *
     * @param amount the amount
     * @return the big decimal
     */
    public static BigDecimal parseAmount(String amount) {
        try {
            return new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("amount", "must be a decimal number such as 1250.00");
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
