package dev.crmkit.examples.web.page;

import dev.crmkit.core.kernel.Money;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Formatting helpers the templates call as {@code ${@fmt.money(...)}}. */
@Component("fmt")
public final class Formats {

    /** {@code 12,500.00 USD + 300.00 EUR}; {@code —} for nothing. */
    public String money(List<Money> amounts) {
        if (amounts.isEmpty()) {
            return "—";
        }
        return amounts.stream().map(this::money).collect(Collectors.joining(" + "));
    }

    public String money(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(money.amount().scale());
        format.setMaximumFractionDigits(money.amount().scale());
        return format.format(money.amount()) + " " + money.currency().getCurrencyCode();
    }
}
