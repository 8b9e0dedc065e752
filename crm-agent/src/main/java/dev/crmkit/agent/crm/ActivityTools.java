package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.service.ActivityService;
import dev.crmkit.core.service.TimelineService;
import dev.crmkit.core.timeline.TimelineEntry;
import dev.crmkit.core.timeline.TimelinePage;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The activity tools: log a note, call, email or meeting; list them; read a record's timeline. Their
 * parameters, field by field, are {@link ActivityArguments}. Thread-safe.
 */
record ActivityTools(ActivityService activities, TimelineService timeline) {

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
    ActivityView logActivity(ActivityArguments.Log activity) {
        return ActivityView.of(activities.create(activity.command()));
    }

    @Tool(
            name = "list_activities",
            value = "List logged activities, newest first; every filter given must match. Example: "
                    + "{\"contactId\": 12, \"type\": \"call\"}")
    PageView<ActivityView> listActivities(ActivityArguments.Filter filter) {
        return PageView.of(activities.find(filter.query()), ActivityView::of);
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
}
