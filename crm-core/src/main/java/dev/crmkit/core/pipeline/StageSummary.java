package dev.crmkit.core.pipeline;

import dev.crmkit.core.kernel.Money;
import java.util.List;

/**
 * The deals in one stage. Amounts are per currency (never summed across currencies), sorted by
 * currency code; a stage without deals has empty lists.
 *
 * @param stage the stage
 * @param dealCount how many deals are in it
 * @param value the sum of their values
 * @param weightedValue the value times the stage's probability: the forecast
 */
public record StageSummary(Stage stage, long dealCount, List<Money> value, List<Money> weightedValue) {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param stage the stage
     * @param dealCount how many deals are in it
     * @param value the sum of their values
     * @param weightedValue the value times the stage's probability: the forecast
     */
    public StageSummary {
        value = List.copyOf(value);
        weightedValue = List.copyOf(weightedValue);
    }
}
