package dev.crmkit.core.pipeline;

import dev.crmkit.core.kernel.Money;
import java.util.List;

/**
 * Where a pipeline stands: per stage, the deals it holds, their value and weighted forecast; and
 * over the open stages, the totals. Amounts are per currency, sorted by currency code.
 *
 * @param pipeline the pipeline
 * @param stages one entry per stage, in stage order
 * @param openDealCount deals in {@link StageOutcome#OPEN} stages
 * @param openValue their total value
 * @param weightedForecast their value weighted by stage probability
 * @param wonValue the value of deals in {@link StageOutcome#WON} stages
 */
public record PipelineSummary(
        Pipeline pipeline,
        List<StageSummary> stages,
        long openDealCount,
        List<Money> openValue,
        List<Money> weightedForecast,
        List<Money> wonValue) {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param pipeline the pipeline
     * @param stages one entry per stage, in stage order
     * @param openDealCount deals in {@link StageOutcome#OPEN} stages
     * @param openValue their total value
     * @param weightedForecast their value weighted by stage probability
     * @param wonValue the value of deals in {@link StageOutcome#WON} stages
     */
    public PipelineSummary {
        stages = List.copyOf(stages);
        openValue = List.copyOf(openValue);
        weightedForecast = List.copyOf(weightedForecast);
        wonValue = List.copyOf(wonValue);
    }
}
