package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.activity.ActivitySort;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.activity.NewActivity;
import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.service.ActivityService;
import dev.crmkit.core.service.TimelineService;
import dev.crmkit.core.timeline.TimelineEntry;
import dev.crmkit.core.timeline.TimelinePage;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The activity tools: log a note, call, email or meeting; list them; read a record's timeline. Thread-safe. */
record ActivityTools(ActivityService activities, TimelineService timeline) {

    /** {@code 2026-03-15T09:30:00Z}. */
    static final int INSTANT_LENGTH = 30;

    /** Whose timeline. */
    enum TimelineOf {
        /** A contact's. */
        CONTACT,
        /** A deal's. */
        DEAL,
        /** A company's. */
        COMPANY
    }

    /** An activity as a model needs it; {@code type} is its lower-case key. */
    record ActivityView(
            long id,
            String type,
            String subject,
            @Nullable String body,
            String occurredAt,
            @Nullable Long durationMinutes,
            @Nullable String outcome,
            @Nullable Long contactId,
            @Nullable Long companyId,
            @Nullable Long dealId) {

        static ActivityView of(Activity activity) {
            return new ActivityView(
                    activity.id(),
                    activity.type().key(),
                    activity.subject(),
                    CrmViews.cut(activity.body()),
                    activity.occurredAt().toString(),
                    activity.duration() == null ? null : activity.duration().toMinutes(),
                    activity.outcome(),
                    activity.contactId(),
                    activity.companyId(),
                    activity.dealId());
        }
    }

    /** One timeline entry: what happened and when; exactly one of the three is present. */
    record EntryView(
            String at,
            @Nullable ActivityView activity,
            CrmViews.@Nullable TaskView completedTask,
            @Nullable String stageChange) {

        static EntryView of(TimelineEntry entry) {
            String at = entry.at().toString();
            if (entry instanceof TimelineEntry.ActivityEntry a) {
                return new EntryView(at, ActivityView.of(a.activity()), null, null);
            }
            if (entry instanceof TimelineEntry.TaskEntry t) {
                return new EntryView(at, null, CrmViews.TaskView.of(t.task(), false), null);
            }
            DealStageChange change = ((TimelineEntry.StageChangeEntry) entry).change();
            return new EntryView(
                    at,
                    null,
                    null,
                    "deal " + change.dealId() + " entered " + change.toStage()
                            + (change.fromStage() == null ? " (created)" : " from " + change.fromStage()));
        }
    }

    @Tool(
            name = "log_activity",
            value = "Log a note, call, email or meeting on a contact, a company or a deal (at least one). "
                    + "Example: {\"type\": \"call\", \"subject\": \"Discussed pricing\", \"contactId\": 12, "
                    + "\"durationMinutes\": 15}")
    ActivityView logActivity(
            @P("note, call, email or meeting") ActivityType type,
            @P("what it was about") @MaxLength(Activity.SUBJECT_MAX) String subject,
            @P("details") @FreeText @Nullable String body,
            @P("when it happened, e.g. 2026-03-15T09:30:00Z; default now") @MaxLength(INSTANT_LENGTH) @Nullable
                    String occurredAt,
            @P("how long, in minutes") @Nullable Long durationMinutes,
            @P("the outcome, e.g. left a voicemail") @MaxLength(Activity.OUTCOME_MAX) @Nullable String outcome,
            @P("id of the contact") @Nullable Long contactId,
            @P("id of the company") @Nullable Long companyId,
            @P("id of the deal") @Nullable Long dealId) {
        NewActivity command = NewActivity.builder(type, subject)
                .body(body)
                .occurredAt(instant(occurredAt))
                .duration(durationMinutes == null ? null : minutes(durationMinutes))
                .outcome(outcome)
                .contactId(contactId)
                .companyId(companyId)
                .dealId(dealId)
                .build();
        return ActivityView.of(activities.create(command));
    }

    @Tool(
            name = "list_activities",
            value = "List logged activities, newest first; every filter given must match. Example: "
                    + "{\"contactId\": 12, \"type\": \"call\"}")
    PageView<ActivityView> listActivities(
            @P("note, call, email or meeting") @Nullable ActivityType type,
            @P("contact id") @Nullable Long contactId,
            @P("company id") @Nullable Long companyId,
            @P("deal id") @Nullable Long dealId,
            Paging paging) {
        ActivityQuery query = new ActivityQuery(
                type == null ? Set.of() : Set.of(type),
                contactId,
                companyId,
                dealId,
                paging.sortedBy(ActivitySort.OCCURRED_AT, SortDirection.DESC));
        return PageView.of(activities.find(query), ActivityView::of);
    }

    @Tool(
            name = "timeline",
            value = "What happened with a contact, deal or company, newest first: logged activities, completed "
                    + "tasks and deal stage changes. Example: {\"of\": \"contact\", \"id\": 12}")
    PageView<EntryView> timeline(@P("contact, deal or company") TimelineOf of, @P("its id") long id, Paging paging) {
        TimelinePage page = switch (of) {
            case CONTACT -> timeline.contact(id, paging.cursor(), paging.size());
            case DEAL -> timeline.deal(id, paging.cursor(), paging.size());
            case COMPANY -> timeline.company(id, paging.cursor(), paging.size());
        };
        List<EntryView> items = page.items().stream().map(EntryView::of).toList();
        return new PageView<>(items, page.nextCursor().orElse(null));
    }

    private static @Nullable Instant instant(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("occurredAt", "must be an instant such as 2026-03-15T09:30:00Z");
        }
    }

    private static Duration minutes(long minutes) {
        if (minutes < 0 || minutes > Activity.DURATION_MAX_HOURS * 60L) {
            throw new ValidationException(
                    "durationMinutes", "must be between 0 and " + Activity.DURATION_MAX_HOURS * 60 + " minutes");
        }
        return Duration.ofMinutes(minutes);
    }
}
