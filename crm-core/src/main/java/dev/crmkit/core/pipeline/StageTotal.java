package dev.crmkit.core.pipeline;

import dev.crmkit.core.storage.PipelineRepository;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The deals of one stage in one currency: a row of {@link PipelineRepository#stageTotals(long)}.
 *
 * @param stageKey the stage
 * @param currency the currency of the deals counted
 * @param dealCount how many deals of the pipeline are in the stage with this currency
 * @param amount the sum of their amounts
 */
public record StageTotal(String stageKey, Currency currency, long dealCount, BigDecimal amount) {}
