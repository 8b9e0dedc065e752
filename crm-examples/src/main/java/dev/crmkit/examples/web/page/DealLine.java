package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deal as a contact's or a company's page lists it: with the name of its stage, as the deal's own
 * page and the board show it, not the stage's key.
 *
 * @param deal the deal
 * @param stage its stage's name; the key where its pipeline no longer has that stage
 */
record DealLine(Deal deal, String stage) {

    /** {@return the deals with their stage names, each pipeline read once} */
    static List<DealLine> of(Crm crm, List<Deal> deals) {
        Map<Long, Pipeline> pipelines = new HashMap<>();
        return deals.stream()
                .map(deal -> new DealLine(
                        deal,
                        pipelines
                                .computeIfAbsent(deal.pipelineId(), crm.pipelines()::getById)
                                .stage(deal.status())
                                .map(Stage::name)
                                .orElse(deal.status())))
                .toList();
    }
}
