package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.pipeline.PipelineSummary;
import dev.crmkit.core.pipeline.StageSummary;
import java.util.List;

/**
 * Where a pipeline stands: per stage the deals, their value and weighted forecast (value ×
 * probability); over the open stages the totals. Amounts are lists, one entry per currency.
 */
public record SummaryJson(
        @JsonProperty("pipeline_id") long pipelineId,
        String name,
        @JsonProperty("open_deal_count") long openDealCount,
        @JsonProperty("open_value") List<MoneyJson> openValue,
        @JsonProperty("weighted_forecast") List<MoneyJson> weightedForecast,
        @JsonProperty("won_value") List<MoneyJson> wonValue,
        List<StageSummaryJson> stages) {

    /** One stage of the summary. */
    public record StageSummaryJson(
            String key,
            String name,
            int probability,
            String outcome,
            @JsonProperty("deal_count") long dealCount,
            List<MoneyJson> value,
            @JsonProperty("weighted_value") List<MoneyJson> weightedValue) {

        static StageSummaryJson of(StageSummary stage) {
            return new StageSummaryJson(
                    stage.stage().key(),
                    stage.stage().name(),
                    stage.stage().probability(),
                    Keys.key(stage.stage().outcome()),
                    stage.dealCount(),
                    MoneyJson.of(stage.value()),
                    MoneyJson.of(stage.weightedValue()));
        }
    }

    static SummaryJson of(PipelineSummary summary) {
        return new SummaryJson(
                summary.pipeline().id(),
                summary.pipeline().name(),
                summary.openDealCount(),
                MoneyJson.of(summary.openValue()),
                MoneyJson.of(summary.weightedForecast()),
                MoneyJson.of(summary.wonValue()),
                summary.stages().stream().map(StageSummaryJson::of).toList());
    }
}
