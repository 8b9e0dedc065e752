package dev.crmkit.core.timeline;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.task.Task;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** One entry of a timeline: an activity, a completed task or a stage change, at its instant. */
public sealed interface TimelineEntry {

    /** The timeline's order: newest first, then by source, then by id, highest first. */
    Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::at)
            .reversed()
            .thenComparing(TimelineEntry::source)
            .thenComparing(Comparator.comparingLong(TimelineEntry::id).reversed());

    /** {@return when it happened: what the timeline is ordered by} */
    Instant at();

    /** {@return the source, which breaks ties between entries at the same instant} */
    TimelineSource source();

    /** {@return the id of the record, unique within its source} */
    long id();

    /**
     * An activity, at its {@code occurredAt}.
     *
     * @param activity the activity
     */
    record ActivityEntry(Activity activity) implements TimelineEntry {
        /**
         * Checks the activity is there.
         *
         * @param activity the activity
         */
        public ActivityEntry {
            Objects.requireNonNull(activity, "activity");
        }

        @Override
        public Instant at() {
            return activity.occurredAt();
        }

        @Override
        public TimelineSource source() {
            return TimelineSource.ACTIVITY;
        }

        @Override
        public long id() {
            return activity.id();
        }
    }

    /**
     * A completed task, at its {@code completedAt}.
     *
     * @param task the task, completed
     */
    record TaskEntry(Task task) implements TimelineEntry {
        /**
         * Checks the task is completed.
         *
         * @param task the task
         */
        public TaskEntry {
            Objects.requireNonNull(task.completedAt(), "completedAt");
        }

        @Override
        public Instant at() {
            return Objects.requireNonNull(task.completedAt());
        }

        @Override
        public TimelineSource source() {
            return TimelineSource.TASK;
        }

        @Override
        public long id() {
            return task.id();
        }
    }

    /**
     * A deal entering a stage, at its {@code changedAt}.
     *
     * @param change the stage change
     */
    record StageChangeEntry(DealStageChange change) implements TimelineEntry {
        /**
         * Checks the change is there.
         *
         * @param change the stage change
         */
        public StageChangeEntry {
            Objects.requireNonNull(change, "change");
        }

        @Override
        public Instant at() {
            return change.changedAt();
        }

        @Override
        public TimelineSource source() {
            return TimelineSource.STAGE_CHANGE;
        }

        @Override
        public long id() {
            return change.id();
        }
    }
}
