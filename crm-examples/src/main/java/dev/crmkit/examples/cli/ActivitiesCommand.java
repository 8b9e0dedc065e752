package dev.crmkit.examples.cli;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.activity.ActivitySort;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.activity.NewActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crm activities log|list|show|delete}: notes, calls, emails and meetings. */
@Command(name = "activities", description = "Log and list activities.", mixinStandardHelpOptions = true)
final class ActivitiesCommand extends Subcommand {

    private static final List<String> COLUMNS =
            List.of("id", "type", "subject", "occurred_at", "outcome", "contact_id", "company_id", "deal_id");

    @Command(name = "log", description = "Log an activity on a contact, a company or a deal (at least one).")
    int log(
            @Option(names = "--type", required = true, description = "${COMPLETION-CANDIDATES}") ActivityType type,
            @Option(names = "--subject", required = true) String subject,
            @Option(names = "--body") @Nullable String body,
            @Option(
                            names = "--at",
                            paramLabel = "<instant>",
                            description = "when, e.g. 2026-03-15T09:30:00Z (default now)")
                    @Nullable
                    Instant occurredAt,
            @Option(names = "--minutes", description = "how long it took") @Nullable Long minutes,
            @Option(names = "--outcome") @Nullable String outcome,
            @Option(names = "--author") @Nullable String author,
            @Option(names = "--contact-id") @Nullable Long contactId,
            @Option(names = "--company-id") @Nullable Long companyId,
            @Option(names = "--deal-id") @Nullable Long dealId) {
        // crm-core's rule is on the duration; the user gave it in minutes.
        Map<String, String> typedAs = Map.of("duration", "--minutes");
        NewActivity command = UserErrors.naming(
                typedAs,
                () -> new NewActivity(
                        type,
                        subject,
                        body,
                        occurredAt,
                        minutes == null ? null : Duration.ofMinutes(minutes),
                        outcome,
                        author,
                        contactId,
                        companyId,
                        dealId));
        return printRecord(
                crm -> view(UserErrors.naming(typedAs, () -> crm.activities().create(command))));
    }

    @Command(name = "list", description = "List activities, newest first; every filter given must match.")
    int list(
            @Option(names = "--type", split = ",", description = "one or more of ${COMPLETION-CANDIDATES}") @Nullable
                    Set<ActivityType> types,
            @Option(names = "--contact-id") @Nullable Long contactId,
            @Option(names = "--company-id") @Nullable Long companyId,
            @Option(names = "--deal-id") @Nullable Long dealId,
            @Mixin PageOptions page) {
        return printList(
                crm -> crm.activities()
                        .find(new ActivityQuery(
                                types == null ? EnumSet.noneOf(ActivityType.class) : types,
                                contactId,
                                companyId,
                                dealId,
                                page.request(ActivitySort.class, ActivitySort.ID))),
                ActivitiesCommand::view,
                COLUMNS);
    }

    @Command(name = "show", description = "Show one activity.")
    int show(@Parameters(paramLabel = "<id>") long id) {
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
