package dev.crmkit.core.timeline;

import java.util.Locale;

/**
 * Where a timeline entry comes from. Entries at the same instant are ordered by source in this
 * order, then by id, newest (highest) first.
 */
public enum TimelineSource {
    /** An {@link dev.crmkit.core.activity.Activity}, at its {@code occurredAt}. */
    ACTIVITY,
    /** A completed {@link dev.crmkit.core.task.Task}, at its {@code completedAt}. */
    TASK,
    /** A {@link dev.crmkit.core.deal.DealStageChange}, at its {@code changedAt}. */
    STAGE_CHANGE;

    /** {@return the API form: {@code activity}, {@code task}, {@code stage_change}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
