package dev.crmkit.examples.cli;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.NewActivity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crm activities log|list|show|delete}: notes, calls, emails and meetings. */
@Command(name = "activities", description = "Log and list activities.")
final class ActivitiesCommand extends Subcommand {

    private static final List<String> COLUMNS =
            List.of("id", "type", "subject", "occurred_at", "outcome", "contact_id", "company_id", "deal_id");

    @Command(name = "log", description = "Log an activity on a contact, a company or a deal (at least one).")
    int log(@Mixin ActivityOptions.Log activity) {
        NewActivity command = activity.command();
        return printRecord(crm -> view(activity.naming(() -> crm.activities().create(command))));
    }

    @Command(name = "list", description = "List activities, newest first; every filter given must match.")
    int list(@Mixin ActivityOptions.Filter filter) {
        return printList(crm -> crm.activities().find(filter.query()), ActivitiesCommand::view, COLUMNS);
    }

    @Command(name = "show", aliases = "get", description = "Show one activity.")
    int show(@Parameters(paramLabel = "<id>", description = "the activity's id") long id) {
        return printRecord(crm -> view(crm.activities().getById(id)));
    }

    @Command(name = "delete", description = "Delete an activity.")
    int delete(@Mixin DeleteOptions options) {
        return delete("activity", options, (crm, id) -> crm.activities().deleteById(id));
    }

    static Map<String, @Nullable Object> view(Activity a) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("type", a.type().key());
        m.put("subject", a.subject());
        m.put("body", a.body());
        m.put("occurred_at", a.occurredAt().toString());
        m.put("duration_seconds", a.duration() == null ? null : a.duration().toSeconds());
        m.put("outcome", a.outcome());
        m.put("author", a.author());
        m.put("contact_id", a.contactId());
        m.put("company_id", a.companyId());
        m.put("deal_id", a.dealId());
        m.put("created_at", a.createdAt().toString());
        m.put("updated_at", a.updatedAt().toString());
        m.put("version", a.version());
        return m;
    }
}
