package dev.crmkit.examples.cli;

import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.activity.ActivitySort;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.activity.NewActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code crm activities}: the records an activity is on, declared once for {@code log}
 * (which links it to them) and {@code list} (which filters by them); {@link Log} builds crm-core's
 * command, {@link Filter} the list's query.
 */
class ActivityOptions {

    @Option(names = "--contact-id", description = "the contact's id")
    @Nullable
    Long contactId;

    @Option(names = "--company-id", description = "the company's id")
    @Nullable
    Long companyId;

    @Option(names = "--deal-id", description = "the deal's id")
    @Nullable
    Long dealId;

    /** {@code activities log}: type and subject are required, the duration is given in minutes. */
    static final class Log extends ActivityOptions {

        // crm-core's rule is on the duration; the user gave it in minutes.
        private static final Map<String, String> TYPED_AS = Map.of("duration", "--minutes");

        // picocli sets the required options before the command runs
        @Option(
                names = "--type",
                required = true,
                completionCandidates = EnumKeys.ActivityTypes.class,
                description = "${COMPLETION-CANDIDATES}")
        ActivityType type = ActivityType.NOTE;

        @Option(names = "--subject", required = true, description = "a one-line summary")
        String subject = "";

        @Option(names = "--body", description = "free text")
        @Nullable
        String body;

        @Option(names = "--at", paramLabel = "<instant>", description = "when, e.g. 2026-03-15T09:30:00Z (default now)")
        @Nullable
        Instant occurredAt;

        @Option(names = "--minutes", description = "how long it took")
        @Nullable
        Long minutes;

        @Option(names = "--outcome", description = "how it went, as free text")
        @Nullable
        String outcome;

        @Option(names = "--author", description = "who logged it")
        @Nullable
        String author;

        NewActivity command() {
            return naming(() -> new NewActivity(
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
        }

        /** Runs {@code action} so that an error on the duration names {@code --minutes}. */
        <T> T naming(Supplier<T> action) {
            return UserErrors.naming(TYPED_AS, action);
        }
    }

    /** {@code activities list}: the filters, every one given must match, and the page. */
    static final class Filter extends ActivityOptions {

        @Option(
                names = "--type",
                split = ",",
                completionCandidates = EnumKeys.ActivityTypes.class,
                description = "one or more of ${COMPLETION-CANDIDATES}")
        @Nullable
        Set<ActivityType> types;

        @Mixin
        PageOptions page = new PageOptions();

        ActivityQuery query() {
            return new ActivityQuery(
                    types == null ? EnumSet.noneOf(ActivityType.class) : types,
                    contactId,
                    companyId,
                    dealId,
                    page.request(ActivitySort.class, ActivitySort.ID));
        }
    }
}
