package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.activity.NewActivity;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.timeline.TimelineEntry;
import dev.crmkit.core.timeline.TimelineEntry.ActivityEntry;
import dev.crmkit.core.timeline.TimelineEntry.StageChangeEntry;
import dev.crmkit.core.timeline.TimelineEntry.TaskEntry;
import dev.crmkit.core.timeline.TimelinePage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Timelines: activities, completed tasks and stage changes merged newest first, keyset-paged. */
public abstract class TimelineContract extends ContractTest {

    @Test
    void should_merge_a_contacts_activities_completed_tasks_and_deal_stage_changes_newest_first() {
        Contact contact = givenContact();
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals()
                .create(aDeal(pipeline.id()).contactId(contact.id()).build());
        Instant created = clock().instant();
        clock().advance(Duration.ofHours(1));
        Task task = crm().tasks().create(aTask().contactId(contact.id()).build());
        crm().tasks().create(aTask().contactId(contact.id()).build());
        clock().advance(Duration.ofHours(1));
        crm().tasks().complete(task.id());
        clock().advance(Duration.ofHours(1));
        crm().deals().moveToStage(deal.id(), "qualified", null);
        Activity call = crm().activities()
                .create(NewActivity.builder(ActivityType.CALL, "call")
                        .contactId(contact.id())
                        .occurredAt(created.plus(Duration.ofMinutes(30)))
                        .build());
        crm().activities()
                .create(NewActivity.builder(ActivityType.NOTE, "elsewhere")
                        .contactId(givenContact().id())
                        .build());

        List<TimelineEntry> entries =
                crm().timeline().contact(contact.id(), null, 50).items();

        assertThat(entries)
                .extracting(TimelineContract::describe)
                .containsExactly(
                        "stage_change lead->qualified",
                        "task " + task.id(),
                        "activity " + call.id(),
                        "stage_change null->lead");
        assertThat(entries.get(1).at()).isEqualTo(created.plus(Duration.ofHours(2)));
    }

    @Test
    void should_show_a_deals_history_from_its_first_stage() {
        Deal deal = crm().deals().create(aDeal(givenPipeline().id()).build());
        clock().advance(Duration.ofMinutes(1));
        crm().deals().moveToStage(deal.id(), "proposal", null);
        clock().advance(Duration.ofMinutes(1));
        crm().deals().moveToStage(deal.id(), "lost", "budget");
        crm().deals()
                .update(
                        deal.id(),
                        dev.crmkit.core.deal.DealUpdate.builder()
                                .title("renamed")
                                .build());

        List<TimelineEntry> entries = crm().timeline().deal(deal.id(), null, 10).items();

        assertThat(entries)
                .extracting(TimelineContract::describe)
                .containsExactly(
                        "stage_change proposal->lost", "stage_change lead->proposal", "stage_change null->lead");
        DealStageChange first = ((StageChangeEntry) entries.get(2)).change();
        assertThat(first.pipelineId()).isEqualTo(deal.pipelineId());
        assertThat(first.fromPipelineId()).isNull();
    }

    @Test
    void should_page_through_ties_across_sources_exactly_once_in_order() {
        Contact contact = givenContact();
        Deal deal = crm().deals()
                .create(aDeal(givenPipeline().id()).contactId(contact.id()).build());
        Instant at = clock().instant();
        for (int i = 0; i < 4; i++) {
            logOn(contact, at);
            crm().tasks()
                    .complete(crm().tasks()
                            .create(aTask().contactId(contact.id()).build())
                            .id());
        }
        clock().advance(Duration.ofSeconds(1));
        crm().deals().moveToStage(deal.id(), "qualified", null);
        for (int i = 0; i < 3; i++) {
            logOn(contact, at.minusSeconds(i));
        }

        List<TimelineEntry> whole =
                crm().timeline().contact(contact.id(), null, 500).items();
        assertThat(whole).hasSize(13).isSortedAccordingTo(TimelineEntry.NEWEST_FIRST);
        for (int limit : new int[] {1, 2, 3, 5}) {
            assertThat(walk((cursor, n) -> crm().timeline().contact(contact.id(), cursor, n), limit))
                    .as("pages of %d", limit)
                    .containsExactlyElementsOf(whole);
        }
    }

    @Test
    void should_show_a_companys_activities() {
        Company company = crm().companies().create(NewCompany.of("Analytical Engines"));
        Company other = crm().companies().create(NewCompany.of("Difference Engines"));
        Activity note = crm().activities()
                .create(NewActivity.builder(ActivityType.NOTE, "company note")
                        .companyId(company.id())
                        .build());

        assertThat(crm().timeline().company(company.id(), null, 10).items()).containsExactly(new ActivityEntry(note));
        assertThat(crm().timeline().company(other.id(), null, 10).items()).isEmpty();
    }

    @Test
    void should_refuse_a_missing_record_a_forged_cursor_and_a_bad_limit() {
        Contact contact = givenContact();

        assertThatThrownBy(() -> crm().timeline().contact(999_999L, null, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> crm().timeline().deal(999_999L, null, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> crm().timeline().company(999_999L, null, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> crm().timeline().contact(contact.id(), "not-a-cursor", 10))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("cursor"));
        assertThatThrownBy(() -> crm().timeline().contact(contact.id(), null, 0))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("limit"));
    }

    @Test
    void should_refuse_the_cursor_of_another_records_timeline_instead_of_skipping_entries() {
        Contact ada = givenContact();
        Contact grace = givenContact();
        Instant start = Instant.parse("2026-03-01T09:00:00Z");
        logOn(ada, start);
        logOn(ada, start.plusSeconds(60));
        logOn(grace, start.plusSeconds(120));
        String adasCursor =
                crm().timeline().contact(ada.id(), null, 1).nextCursor().orElseThrow();

        assertThatThrownBy(() -> crm().timeline().contact(grace.id(), adasCursor, 10))
                .as("Grace's entry is newer than Ada's cursor: it would be skipped")
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("cursor"));
        assertThat(crm().timeline().contact(ada.id(), adasCursor, 10).items()).hasSize(1);
    }

    private void logOn(Contact contact, Instant at) {
        crm().activities()
                .create(NewActivity.builder(ActivityType.EMAIL, "mail")
                        .contactId(contact.id())
                        .occurredAt(at)
                        .build());
    }

    private static List<TimelineEntry> walk(BiFunction<@Nullable String, Integer, TimelinePage> page, int limit) {
        List<TimelineEntry> all = new ArrayList<>();
        TimelinePage current = page.apply(null, limit);
        all.addAll(current.items());
        while (current.hasNext()) {
            assertThat(current.items()).hasSize(limit);
            current = page.apply(current.nextCursor().orElseThrow(), limit);
            all.addAll(current.items());
        }
        return all;
    }

    private static String describe(TimelineEntry entry) {
        if (entry instanceof ActivityEntry a) {
            return "activity " + a.activity().id();
        }
        if (entry instanceof TaskEntry t) {
            return "task " + t.task().id();
        }
        DealStageChange change = ((StageChangeEntry) entry).change();
        return "stage_change " + change.fromStage() + "->" + change.toStage();
    }
}
