package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.timeline.TimelineEntry;
import dev.crmkit.core.timeline.TimelinePage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a timeline: entries newest first, each naming its {@code source} ({@code activity},
 * {@code task}, {@code stage_change}) and carrying that record; pass {@code next_cursor} as
 * {@code cursor} for the next page.
 *
 * @param items the entries
 * @param nextCursor the cursor of the next page; absent on the last one
 */
public record TimelineJson(
        List<Entry> items,
        @JsonProperty("next_cursor") @Nullable String nextCursor) {

    /**
     * One entry; exactly one of {@code activity}, {@code task} and {@code stage_change} is present.
     *
     * @param source activity, task or stage_change
     * @param at when it happened
     * @param activity the activity, for source activity
     * @param task the completed task, for source task
     * @param stageChange the stage change, for source stage_change
     */
    public record Entry(
            String source,
            Instant at,
            @Nullable ActivityJson activity,
            @Nullable TaskJson task,
            @JsonProperty("stage_change") @Nullable StageChangeJson stageChange) {}

    /**
     * A deal entering a stage.
     *
     * @param id the change's id
     * @param dealId the deal
     * @param fromPipelineId the pipeline it left; absent when the deal was created
     * @param fromStage the stage it left; absent when the deal was created
     * @param pipelineId the pipeline it entered
     * @param toStage the stage it entered
     * @param changedAt when it moved
     */
    public record StageChangeJson(
            long id,
            @JsonProperty("deal_id") long dealId,
            @JsonProperty("from_pipeline_id") @Nullable Long fromPipelineId,
            @JsonProperty("from_stage") @Nullable String fromStage,
            @JsonProperty("pipeline_id") long pipelineId,
            @JsonProperty("to_stage") String toStage,
            @JsonProperty("changed_at") Instant changedAt) {

        static StageChangeJson of(DealStageChange change) {
            return new StageChangeJson(
                    change.id(),
                    change.dealId(),
                    change.fromPipelineId(),
                    change.fromStage(),
                    change.pipelineId(),
                    change.toStage(),
                    change.changedAt());
        }
    }

    static TimelineJson of(TimelinePage page, Clock clock) {
        return new TimelineJson(
                page.items().stream().map(entry -> entry(entry, clock)).toList(),
                page.nextCursor().orElse(null));
    }

    private static Entry entry(TimelineEntry entry, Clock clock) {
        String source = entry.source().key();
        if (entry instanceof TimelineEntry.ActivityEntry activity) {
            return new Entry(source, entry.at(), ActivityJson.of(activity.activity()), null, null);
        }
        if (entry instanceof TimelineEntry.TaskEntry task) {
            return new Entry(source, entry.at(), null, TaskJson.of(task.task(), clock), null);
        }
        DealStageChange change = ((TimelineEntry.StageChangeEntry) entry).change();
        return new Entry(source, entry.at(), null, null, StageChangeJson.of(change));
    }
}
