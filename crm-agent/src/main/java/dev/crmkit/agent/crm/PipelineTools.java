package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.agent.crm.CrmViews.PipelineSummaryView;
import dev.crmkit.agent.crm.CrmViews.PipelineView;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineSort;
import dev.crmkit.core.service.PipelineService;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;

/**
 * The pipeline tools; their parameters, field by field, are {@link PipelineArguments}. A model
 * creates pipelines with the default stages and renames them; custom stage lists are the host's
 * business (a list of stage objects would cost every tool call's output budget under a grammar, and
 * changes many rows at once). Thread-safe.
 */
record PipelineTools(PipelineService pipelines) {

    static final ByIdTools<PipelineTools, Pipeline> BY_ID = ByIdTools.of(
                    "pipeline", PipelineTools::pipelines, PipelineView::of)
            .getting("Get one pipeline and its stages by id.")
            .deleting("Delete a pipeline that holds no deals, with its stages.");

    @Tool(
            name = "create_pipeline",
            value = "Create a sales pipeline with the stages lead, qualified, proposal, "
                    + "negotiation, won and lost. Example: {\"name\": \"Sales\"}")
    PipelineView createPipeline(PipelineArguments.Create pipeline) {
        return PipelineView.of(pipelines.create(pipeline.command()));
    }

    @Tool(name = "search_pipelines", value = "List pipelines with their stages.")
    PageView<PipelineView> searchPipelines(SortedPaging<PipelineSort> paging) {
        PipelineQuery query = new PipelineQuery(paging.request(PipelineSort.ID));
        return PageView.of(pipelines.find(query), PipelineView::of);
    }

    @Tool(
            name = "update_pipeline",
            value = "Rename a pipeline or change its description; an empty description "
                    + "clears it. Example: {\"id\": 1, \"name\": \"Enterprise sales\"}")
    PipelineView updatePipeline(@P("pipeline id") long id, PipelineArguments.Update changes) {
        return PipelineView.of(pipelines.update(id, changes.update()));
    }

    @Tool(
            name = "pipeline_summary",
            value = "Sum up a pipeline: per stage the number of deals, their value and "
                    + "the forecast (value times the stage's probability).")
    PipelineSummaryView pipelineSummary(@P("pipeline id") long id) {
        return PipelineSummaryView.of(pipelines.summary(id));
    }
}
