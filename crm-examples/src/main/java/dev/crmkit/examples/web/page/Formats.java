package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting helpers the templates call as {@code ${@fmt.money(...)}}: money and dates in the
 * request's locale (the browser's {@code Accept-Language}, {@code spring.web.locale} without one),
 * days relative to the CRM's clock, and display names for keys.
 */
@Component("fmt")
public final class Formats {

    private final Crm crm;

    Formats(Crm crm) {
        this.crm = crm;
    }

    /**
     * {@return the amounts joined by {@code +}, such as {@code €16,000 + $250,000}; {@code —} for none}
     *
     * @param amounts the amounts, one per currency
     */
    public String money(List<Money> amounts) {
        if (amounts.isEmpty()) {
            return "—";
        }
        return amounts.stream().map(this::money).collect(Collectors.joining(" + "));
    }

    /**
     * {@return the amount with its currency's symbol for the locale: {@code €16,000}, {@code $12.50}}
     * Whole amounts drop the cents.
     *
     * @param money the amount
     */
    public String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(money.currency());
        BigDecimal amount = money.amount();
        int decimals =
                amount.signum() == 0 || amount.stripTrailingZeros().scale() <= 0 ? 0 : Math.max(2, amount.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(Math.max(decimals, amount.scale()));
        return format.format(amount);
    }

    /**
     * {@return the date in the locale's medium style, such as {@code Mar 31, 2026}}
     *
     * @param date the date
     */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale())
                .format(date);
    }

    /**
     * {@return the instant's date and time in the clock's zone, in the locale's medium style}
     *
     * @param instant the instant
     */
    public String instant(Instant instant) {
        ZoneId zone = crm.clock().getZone();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .format(instant.atZone(zone));
    }

    /**
     * {@return the day relative to the CRM clock's today: {@code today}, {@code tomorrow},
     * {@code in 3 days}, {@code yesterday}, {@code 3 days ago}; {@code —} for none}
     *
     * @param date the day, or {@code null}
     */
    public String relative(@Nullable LocalDate date) {
        if (date == null) {
            return "—";
        }
        long days = ChronoUnit.DAYS.between(LocalDate.now(crm.clock()), date);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days == -1) {
            return "yesterday";
        }
        return days > 0 ? "in " + days + " days" : -days + " days ago";
    }

    /**
     * {@return a key as a person reads it: {@code in_progress} → {@code In progress}}
     *
     * @param key a lower-case key with underscores
     */
    public String label(String key) {
        String words = key.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
