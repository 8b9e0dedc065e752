package dev.crmkit.core.contract;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.task.Task;
import java.time.Instant;

/** Copies of records with one field changed, for tests that drive repositories directly. */
final class Records {

    private Records() {}

    static Deal retitled(Deal deal, String title, Instant now) {
        return new Deal(
                deal.id(),
                title,
                deal.description(),
                deal.value(),
                deal.pipelineId(),
                deal.status(),
                deal.contactId(),
                deal.expectedCloseDate(),
                deal.closedAt(),
                deal.lostReason(),
                deal.createdAt(),
                now,
                deal.version());
    }

    static Task retitled(Task task, String title, Instant now) {
        return new Task(
                task.id(),
                title,
                task.description(),
                task.priority(),
                task.status(),
                task.contactId(),
                task.dealId(),
                task.dueDate(),
                task.completedAt(),
                task.createdAt(),
                now,
                task.version());
    }
}
