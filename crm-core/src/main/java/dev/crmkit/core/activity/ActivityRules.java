package dev.crmkit.core.activity;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.StorageLimits;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** The field rules {@link NewActivity} and {@link ActivityUpdate} share. */
final class ActivityRules {

    private ActivityRules() {}

    /** The instant at microseconds (what every database keeps), or an error when no database holds it. */
    static @Nullable Instant occurredAt(FieldErrors errors, @Nullable Instant value) {
        if (value == null) {
            return null;
        }
        Instant micros = value.truncatedTo(ChronoUnit.MICROS);
        errors.check(StorageLimits.isStorable(micros), "occurredAt", "must be between year 1 and year 9999");
        return micros;
    }

    // In every unit a surface may take it in: the REST API takes seconds, the CLI and the pages minutes.
    private static final String DURATION_BOUND = "must be between 0 and %d hours (%d minutes, %d seconds)"
            .formatted(
                    Activity.DURATION_MAX_HOURS,
                    Duration.ofHours(Activity.DURATION_MAX_HOURS).toMinutes(),
                    Duration.ofHours(Activity.DURATION_MAX_HOURS).toSeconds());

    /** The duration in whole seconds, or an error when negative or too long. */
    static @Nullable Duration duration(FieldErrors errors, @Nullable Duration value) {
        if (value == null) {
            return null;
        }
        errors.check(
                !value.isNegative() && value.compareTo(Duration.ofHours(Activity.DURATION_MAX_HOURS)) <= 0,
                "duration",
                DURATION_BOUND);
        return Duration.ofSeconds(value.toSeconds());
    }

    /** A link id: positive when given. */
    static void link(FieldErrors errors, String field, @Nullable Long id) {
        errors.check(id == null || id > 0, field, "must be a positive id");
    }

    /** At least one of the three links. */
    static void anyLink(FieldErrors errors, @Nullable Long contactId, @Nullable Long companyId, @Nullable Long dealId) {
        errors.check(
                contactId != null || companyId != null || dealId != null,
                "contactId",
                "an activity must be linked to a contact, a company or a deal");
    }
}
