package dev.crmkit.core.service;

import dev.crmkit.core.kernel.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.TreeMap;

/** Sums amounts per currency, never across currencies. */
final class MoneySums {

    private final TreeMap<Currency, BigDecimal> sums = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));

    void add(Money money) {
        sums.merge(money.currency(), money.amount(), BigDecimal::add);
    }

    void addAll(List<Money> amounts) {
        amounts.forEach(this::add);
    }

    List<Money> toList() {
        List<Money> list = new ArrayList<>(sums.size());
        sums.forEach((currency, amount) -> list.add(new Money(amount, currency)));
        return list;
    }
}
