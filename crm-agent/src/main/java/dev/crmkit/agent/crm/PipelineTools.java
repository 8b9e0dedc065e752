package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.Deleted;
import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.agent.crm.CrmViews.PipelineSummaryView;
import dev.crmkit.agent.crm.CrmViews.PipelineView;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.agent.tool.RequiresConfirmation;
import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineSort;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.service.PipelineService;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.jspecify.annotations.Nullable;

/**
 * The pipeline tools. A model creates pipelines with the default stages and renames them; custom
 * stage lists are the host's business (a list of stage objects would cost every tool call's
 * output budget under a grammar, and changes many rows at once). Thread-safe.
 */
public final class PipelineTools {

    private final PipelineService pipelines;

    /** @param crm the CRM the tools act on */
    public PipelineTools(Crm crm) {
        this.pipelines = crm.pipelines();
    }

    /**
     * Creates a pipeline with the default stages ({@code create_pipeline}).
     *
     * @param name pipeline name, e.g. Sales
     * @param description what the pipeline is for
     * @return the new pipeline with its stages
     * @throws ValidationException on a missing or malformed field
     */
    @Tool(
            name = "create_pipeline",
            value = "Create a sales pipeline with the stages lead, qualified, proposal, "
                    + "negotiation, won and lost. Example: {\"name\": \"Sales\"}")
    public PipelineView createPipeline(
            @P("pipeline name, e.g. Sales") @MaxLength(Pipeline.NAME_MAX) String name,
            @P(value = "what the pipeline is for", required = false) @MaxLength(CrmViews.TEXT_MAX) @Nullable
                    String description) {
        return PipelineView.of(pipelines.create(NewPipeline.of(name).withDescription(description)));
    }

    /**
     * Reads one pipeline with its stages ({@code get_pipeline}).
     *
     * @param id pipeline id
     * @return the pipeline
     * @throws NotFoundException when there is no such pipeline
     */
    @Tool(name = "get_pipeline", value = "Get one pipeline and its stages by id. Example: {\"id\": 1}")
    public PipelineView getPipeline(@P("pipeline id") long id) {
        return PipelineView.of(pipelines.getById(id));
    }

    /**
     * Lists pipelines ({@code search_pipelines}), one page at a time.
     *
     * @param sort sort field, default id
     * @param direction asc or desc, default asc
     * @param limit how many, 1 to 100, default 20
     * @param cursor nextCursor of the previous page
     * @return the page
     * @throws ValidationException on a bad limit or cursor
     */
    @Tool(
            name = "search_pipelines",
            value = "List pipelines with their stages. Example: {}. "
                    + "When nextCursor is returned, pass it as cursor to get the next page.")
    public PageView<PipelineView> searchPipelines(
            @P(value = "sort field, default id", required = false) @Nullable PipelineSort sort,
            @P(value = "asc or desc, default asc", required = false) @Nullable SortDirection direction,
            @P(value = "how many, 1 to 100, default 20", required = false) @Nullable Long limit,
            @P(value = "nextCursor of the previous page", required = false)
                    @MaxLength(ToolArguments.CURSOR_MAX)
                    @Nullable
                    String cursor) {
        PipelineQuery query = PipelineQuery.all()
                .sortedBy(sort == null ? PipelineSort.ID : sort, ToolArguments.direction(direction))
                .limit(ToolArguments.limit(limit))
                .after(cursor);
        return PageView.of(pipelines.find(query), PipelineView::of);
    }

    /**
     * Changes the name or description of a pipeline ({@code update_pipeline}).
     *
     * @param id pipeline id
     * @param name new name
     * @param description new description
     * @return the pipeline as changed
     * @throws NotFoundException when there is no such pipeline
     * @throws ValidationException on a malformed field
     */
    @Tool(
            name = "update_pipeline",
            value = "Rename a pipeline or change its description; an empty description "
                    + "clears it. Example: {\"id\": 1, \"name\": \"Enterprise sales\"}")
    public PipelineView updatePipeline(
            @P("pipeline id") long id,
            @P(value = "new name", required = false) @MaxLength(Pipeline.NAME_MAX) @Nullable String name,
            @P(value = "new description", required = false) @MaxLength(CrmViews.TEXT_MAX) @Nullable
                    String description) {
        PipelineUpdate.Builder update = PipelineUpdate.builder();
        ToolArguments.given(name, update::name);
        ToolArguments.given(description, update::description);
        return PipelineView.of(pipelines.update(id, update.build()));
    }

    /**
     * Deletes a pipeline with its stages ({@code delete_pipeline}); runs only after the host confirmed it.
     *
     * @param id pipeline id
     * @return what was deleted
     * @throws NotFoundException when there is no such pipeline
     * @throws ConflictException while it holds deals
     */
    @RequiresConfirmation
    @Tool(
            name = "delete_pipeline",
            value = "Delete a pipeline that holds no deals, with its stages. "
                    + "The user must confirm it first. Example: {\"id\": 1}")
    public Deleted deletePipeline(@P("pipeline id") long id) {
        pipelines.deleteById(id);
        return new Deleted("pipeline", id);
    }

    /**
     * Sums up a pipeline per stage ({@code pipeline_summary}).
     *
     * @param id pipeline id
     * @return per stage the deals, their value and the forecast, and the totals
     * @throws NotFoundException when there is no such pipeline
     */
    @Tool(
            name = "pipeline_summary",
            value = "Sum up a pipeline: per stage the number of deals, their value and "
                    + "the forecast (value times the stage's probability). Example: {\"id\": 1}")
    public PipelineSummaryView pipelineSummary(@P("pipeline id") long id) {
        return PipelineSummaryView.of(pipelines.summary(id));
    }
}
