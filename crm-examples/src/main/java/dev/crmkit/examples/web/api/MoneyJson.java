package dev.crmkit.examples.web.api;

import dev.crmkit.core.kernel.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * An amount in one currency. Amounts are JSON numbers carrying exactly the currency's decimals
 * ({@code 1250.00}); a total over several currencies is a list, one entry per currency, never a sum.
 */
public record MoneyJson(BigDecimal amount, String currency) {

    static MoneyJson of(Money money) {
        return new MoneyJson(money.amount(), money.currency().getCurrencyCode());
    }

    static List<MoneyJson> of(List<Money> amounts) {
        return amounts.stream().map(MoneyJson::of).toList();
    }
}
