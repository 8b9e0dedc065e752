package dev.crmkit.mybatis.testing;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Records to hand straight to the repositories, below the services: valid unless a test says otherwise. */
public final class Rows {

    /** Microseconds, as the databases store them. */
    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");

    private Rows() {}

    public static Contact aContact(String email) {
        return new Contact(0, "Ada", "Lovelace", email, null, "Analytical Engines", null, null, NOW, NOW, 0);
    }

    public static Pipeline aPipeline(String name) {
        return new Pipeline(0, name, null, Stage.defaults(), NOW, NOW, 0);
    }

    public static Deal aDeal(long pipelineId, Money value, @Nullable Long contactId) {
        return new Deal(0, "Deal", null, value, pipelineId, "lead", contactId, null, null, null, NOW, NOW, 0);
    }

    public static Task aTask(@Nullable Long contactId) {
        return new Task(
                0,
                "Call",
                null,
                TaskPriority.URGENT,
                TaskStatus.IN_PROGRESS,
                contactId,
                null,
                LocalDate.of(2026, 3, 1),
                null,
                NOW,
                NOW,
                0);
    }
}
