package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.task.TaskUpdate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every operation on an id that does not exist, for every aggregate: reads say so with an empty
 * result, everything else with a {@link NotFoundException} naming the entity and the id, and no
 * event is published.
 */
public abstract class NotFoundContract extends ContractTest {

    @Test
    void should_report_every_operation_on_an_unknown_contact_as_not_found() {
        long unknown = givenContact().id() + 1_000;
        events().clear();

        assertThat(crm().contacts().findById(unknown)).isEmpty();
        assertNotFound("contact", unknown, () -> crm().contacts().getById(unknown));
        assertNotFound(
                "contact",
                unknown,
                () -> crm().contacts()
                        .update(unknown, ContactUpdate.builder().phone("1").build()));
        assertNotFound("contact", unknown, () -> crm().contacts().deleteById(unknown));
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_report_every_operation_on_an_unknown_pipeline_as_not_found() {
        long unknown = givenPipeline().id() + 1_000;
        events().clear();

        assertThat(crm().pipelines().findById(unknown)).isEmpty();
        assertNotFound("pipeline", unknown, () -> crm().pipelines().getById(unknown));
        assertNotFound(
                "pipeline",
                unknown,
                () -> crm().pipelines()
                        .update(
                                unknown,
                                PipelineUpdate.builder().name("Renamed").build()));
        assertNotFound("pipeline", unknown, () -> crm().pipelines().deleteById(unknown));
        assertNotFound("pipeline", unknown, () -> crm().pipelines().summary(unknown));
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_report_every_operation_on_an_unknown_deal_as_not_found() {
        Pipeline pipeline = givenPipeline();
        long unknown = crm().deals().create(aDeal(pipeline.id()).build()).id() + 1_000;
        events().clear();

        assertThat(crm().deals().findById(unknown)).isEmpty();
        assertNotFound("deal", unknown, () -> crm().deals().getById(unknown));
        assertNotFound(
                "deal",
                unknown,
                () -> crm().deals()
                        .update(unknown, DealUpdate.builder().title("New").build()));
        assertNotFound("deal", unknown, () -> crm().deals().moveToStage(unknown, "won", null));
        assertNotFound("deal", unknown, () -> crm().deals().deleteById(unknown));
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_report_every_operation_on_an_unknown_task_as_not_found() {
        long unknown = crm().tasks().create(aTask().build()).id() + 1_000;
        events().clear();

        assertThat(crm().tasks().findById(unknown)).isEmpty();
        assertNotFound("task", unknown, () -> crm().tasks().getById(unknown));
        assertNotFound(
                "task",
                unknown,
                () -> crm().tasks()
                        .update(unknown, TaskUpdate.builder().title("New").build()));
        assertNotFound("task", unknown, () -> crm().tasks().complete(unknown));
        assertNotFound("task", unknown, () -> crm().tasks().deleteById(unknown));
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_report_a_record_deleted_meanwhile_as_not_found() {
        long contact = givenContact().id();
        long task = crm().tasks().create(aTask().build()).id();
        crm().contacts().deleteById(contact);
        crm().tasks().deleteById(task);

        assertNotFound("contact", contact, () -> crm().contacts().deleteById(contact));
        assertNotFound(
                "task",
                task,
                () -> crm().tasks()
                        .update(task, TaskUpdate.builder().title("Again").build()));
    }

    @Test
    void should_let_a_repository_update_of_a_missing_record_fail_as_not_found() {
        var contact = givenContact();
        crm().contacts().deleteById(contact.id());

        try (var work = ctx().storage().begin()) {
            assertNotFound("contact", contact.id(), () -> work.contacts().update(contact));
            assertThat(work.contacts().deleteById(contact.id())).isFalse();
            assertThat(work.contacts().existsById(contact.id())).isFalse();
        }
    }

    private static void assertNotFound(String entity, long id, ThrowingCallable operation) {
        assertThatThrownBy(operation).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.entity()).isEqualTo(entity);
            assertThat(e.id()).isEqualTo(id);
        });
    }
}
