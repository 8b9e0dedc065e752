package dev.crmkit.examples.cli;

import dev.crmkit.core.Crm;
import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.timeline.TimelineEntry;
import dev.crmkit.core.timeline.TimelinePage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/** {@code crm timeline contact|deal|company ID}: what happened, newest first. */
@Command(
        name = "timeline",
        description = "Show a record's activities, completed tasks and deal stage changes, newest first.")
final class TimelineCommand extends Subcommand {

    private static final List<String> COLUMNS = List.of("at", "source", "id", "what");

    // Inherited: a page ends with "more: add --cursor ...", and the user adds it at the end, after the record's id.
    @Option(
            names = "--limit",
            scope = ScopeType.INHERIT,
            defaultValue = "20",
            description = "entries per page, 1-500 (default: ${DEFAULT-VALUE})")
    int limit = 20;

    @Option(
            names = "--cursor",
            scope = ScopeType.INHERIT,
            description = "continue after the page that printed this cursor")
    @Nullable
    String cursor;

    @Command(name = "contact", description = "A contact's timeline, with the stage changes of its deals.")
    int contact(@Parameters(paramLabel = "<id>", description = "the contact's id") long id) {
        return show(crm -> crm.timeline().contact(id, cursor, limit));
    }

    @Command(name = "deal", description = "A deal's timeline.")
    int deal(@Parameters(paramLabel = "<id>", description = "the deal's id") long id) {
        return show(crm -> crm.timeline().deal(id, cursor, limit));
    }

    @Command(name = "company", description = "A company's timeline: its activities.")
    int company(@Parameters(paramLabel = "<id>", description = "the company's id") long id) {
        return show(crm -> crm.timeline().company(id, cursor, limit));
    }

    private int show(Function<Crm, TimelinePage> read) {
        // a timeline is never counted: a page without a total
        return printList(
                crm -> {
                    TimelinePage page = read.apply(crm);
                    return new Page<>(page.items(), page.nextCursor(), OptionalLong.empty());
                },
                TimelineCommand::view,
                COLUMNS);
    }

    private static Map<String, @Nullable Object> view(TimelineEntry entry) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("at", entry.at().toString());
        m.put("source", entry.source().key());
        m.put("id", entry.id());
        if (entry instanceof TimelineEntry.ActivityEntry a) {
            m.put("what", a.activity().type().key() + ": " + a.activity().subject());
        } else if (entry instanceof TimelineEntry.TaskEntry t) {
            m.put("what", "completed: " + t.task().title());
        } else {
            DealStageChange c = ((TimelineEntry.StageChangeEntry) entry).change();
            m.put(
                    "what",
                    "deal " + c.dealId() + " -> " + c.toStage()
                            + (c.fromStage() == null ? " (created)" : " from " + c.fromStage()));
        }
        return m;
    }
}
