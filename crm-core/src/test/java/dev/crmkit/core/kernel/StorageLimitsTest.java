package dev.crmkit.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorageLimitsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "0E+131072",
                "0E-999999999",
                "999999999999999.9999",
                "-999999999999999.9999",
                "1.23450000000",
                "0.0001",
                "1E+14",
                "123456789012345"
            })
    void should_accept_amounts_numeric_19_4_holds(String amount) {
        assertThat(StorageLimits.isStorable(new BigDecimal(amount))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1000000000000000",
                "1E+15",
                "-1E+15",
                "0.00001",
                "999999999999999.99999",
                "1e131072",
                "1e-999999999",
                "1e2147483647",
                "1e-2147483647",
                "-1e2147483647"
            })
    void should_refuse_amounts_numeric_19_4_cannot_hold(String amount) {
        assertThat(StorageLimits.isStorable(new BigDecimal(amount))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "9999-12-31", "1582-10-15", "1970-01-01"})
    void should_accept_days_from_year_1_to_9999(String day) {
        assertThat(StorageLimits.isStorable(LocalDate.parse(day))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-12-31", "-4714-11-24", "+10000-01-01", "+5874898-01-01"})
    void should_refuse_days_outside_year_1_to_9999(String day) {
        assertThat(StorageLimits.isStorable(LocalDate.parse(day))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z", "2026-03-02T09:00:00Z"})
    void should_accept_instants_within_the_storable_days(String instant) {
        assertThat(StorageLimits.isStorable(Instant.parse(instant))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-12-31T23:59:59.999999Z", "9999-12-31T23:59:59.9999991Z", "+10000-01-01T00:00:00Z"})
    void should_refuse_instants_outside_the_storable_days(String instant) {
        assertThat(StorageLimits.isStorable(Instant.parse(instant))).isFalse();
    }
}
