package dev.crmkit.core.activity;

import dev.crmkit.core.event.CrmEvent;
import java.time.Instant;

/** An event about an activity. */
public sealed interface ActivityEvent extends CrmEvent {

    /** {@return the id of the activity concerned} */
    long activityId();

    @Override
    default String entity() {
        return "activity";
    }

    @Override
    default long entityId() {
        return activityId();
    }

    /**
     * An activity was logged.
     *
     * @param activity the activity as stored
     * @param occurredAt when it was logged
     */
    record Created(Activity activity, Instant occurredAt) implements ActivityEvent {
        @Override
        public long activityId() {
            return activity.id();
        }
    }

    /**
     * An activity was changed.
     *
     * @param before the activity before
     * @param after the activity after
     * @param occurredAt when it was changed
     */
    record Updated(Activity before, Activity after, Instant occurredAt) implements ActivityEvent {
        @Override
        public long activityId() {
            return after.id();
        }
    }

    /**
     * An activity was deleted, alone or with its contact or deal.
     *
     * @param activityId its id
     * @param occurredAt when it was deleted
     */
    record Deleted(long activityId, Instant occurredAt) implements ActivityEvent {}
}
