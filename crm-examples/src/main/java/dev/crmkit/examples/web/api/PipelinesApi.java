package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineSort;
import dev.crmkit.core.query.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /api/v1/pipelines}: pipelines with their stages, and each pipeline's summary. */
@CrudController(
        plural = "pipelines",
        getSummary = "Get a pipeline with its stages",
        create = "Without stages it gets lead, qualified, proposal, negotiation, won and lost.",
        replace = "Stages are matched by key: a removed stage that still holds deals is refused with 409.",
        patch = "stages, when given, is the complete new list.",
        delete = "Refused with 409 while it holds deals.")
class PipelinesApi extends CrudApi<Pipeline, PipelineJson> {

    PipelinesApi(Crm crm) {
        super(crm, crm.pipelines(), PipelineJson.CODEC, crm.pipelines()::create, crm.pipelines()::update);
    }

    @GetMapping
    PageJson<PipelineJson> list(PageRequest<PipelineSort> page) {
        return page(crm.pipelines().find(new PipelineQuery(page)));
    }

    @GetMapping("/{id}/summary")
    @Operation(
            summary = "Summarise a pipeline",
            description = "Deals, value and weighted forecast per stage and in total.")
    SummaryJson summary(@PathVariable long id) {
        return SummaryJson.of(crm.pipelines().summary(id));
    }
}
