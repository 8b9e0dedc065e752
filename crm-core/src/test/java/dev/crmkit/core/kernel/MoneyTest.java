package dev.crmkit.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void should_normalise_the_amount_to_the_currency_decimals_so_equal_amounts_are_equal() {
        assertThat(Money.of("12.5", "USD")).isEqualTo(Money.of(new BigDecimal("12.5000"), "usd"));
        assertThat(Money.of("12.5", "USD").amount())
                .isEqualByComparingTo("12.50")
                .hasScaleOf(2);
        assertThat(Money.of("1000", "JPY").amount()).hasScaleOf(0);
        assertThat(Money.of("1.234", "KWD").amount()).hasScaleOf(3);
    }

    @Test
    void should_refuse_more_decimals_than_the_currency_has() {
        assertThatThrownBy(() -> Money.of("1.005", "EUR"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("amount"));
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(ValidationException.class);
    }

    @Test
    void should_refuse_an_unknown_currency_naming_the_field() {
        assertThatThrownBy(() -> Money.of("1", "EURO"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("currency"));
    }

    @Test
    void should_round_a_percentage_half_even_to_the_currency_decimals() {
        assertThat(Money.of("0.05", "USD").percent(50)).isEqualTo(Money.of("0.02", "USD"));
        assertThat(Money.of("0.15", "USD").percent(50)).isEqualTo(Money.of("0.08", "USD"));
        assertThat(Money.of("1500.50", "USD").percent(50)).isEqualTo(Money.of("750.25", "USD"));
    }

    @Test
    void should_refuse_to_add_different_currencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
