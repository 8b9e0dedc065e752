package dev.crmkit.core.model;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The reference model's data: plain maps by id, and the input rules every aggregate shares. Ids
 * are issued 1, 2, 3… per kind, like the logical ids of {@link Ids}.
 */
final class ModelState {

    /** The currencies the generator uses, valid ones with their decimal places. */
    static final Map<String, Integer> DECIMALS = Map.of("USD", 2, "EUR", 2, "JPY", 0, "KWD", 3);

    final MutableClock clock;
    final TreeMap<Long, Contact> contacts = new TreeMap<>();
    final TreeMap<Long, Pipeline> pipelines = new TreeMap<>();
    final TreeMap<Long, Deal> deals = new TreeMap<>();
    final TreeMap<Long, Task> tasks = new TreeMap<>();
    private long lastContact;
    private long lastPipeline;
    private long lastDeal;
    private long lastTask;

    ModelState(Instant start) {
        this.clock = new MutableClock(start);
    }

    long nextContactId() {
        return ++lastContact;
    }

    long nextPipelineId() {
        return ++lastPipeline;
    }

    long nextDealId() {
        return ++lastDeal;
    }

    long nextTaskId() {
        return ++lastTask;
    }

    /** The last id issued per kind: the generator also names ids that no longer exist, or never did. */
    long lastContactId() {
        return lastContact;
    }

    long lastPipelineId() {
        return lastPipeline;
    }

    long lastDealId() {
        return lastDeal;
    }

    long lastTaskId() {
        return lastTask;
    }

    /** The one timestamp of an operation: the clock, in microseconds as stored. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Field → message, collected so that one error names every broken field. */
    static final class Errors {
        private final Map<String, String> errors = new LinkedHashMap<>();

        void add(String field) {
            errors.putIfAbsent(field, "invalid");
        }

        /** Text that must be there: stripped; blank is an error. */
        @Nullable
        String required(String field, @Nullable String text) {
            String stripped = text == null ? null : text.strip();
            if (stripped == null || stripped.isEmpty()) {
                add(field);
                return null;
            }
            return stripped;
        }

        /** An email: one @, a local part, a domain of two or more dot-separated labels; lower-cased. */
        @Nullable
        String email(String field, @Nullable String text) {
            String email = required(field, text);
            if (email == null) {
                return null;
            }
            String[] parts = email.split("@", -1);
            boolean valid = parts.length == 2
                    && !parts[0].isEmpty()
                    && !parts[0].contains(" ")
                    && parts[1].matches("[^\\s.]+(\\.[^\\s.]+)+");
            if (!valid) {
                add(field);
                return null;
            }
            return email.toLowerCase(Locale.ROOT);
        }

        /** An amount a command accepts: not negative, at most 4 decimals and 15 integer digits. */
        @Nullable
        BigDecimal amount(String field, BigDecimal amount) {
            boolean valid = amount.signum() >= 0
                    && amount.stripTrailingZeros().scale() <= 4
                    && amount.precision() - amount.scale() <= 15;
            if (!valid) {
                add(field);
                return null;
            }
            return amount;
        }

        /** A currency code, upper-cased; {@code null} stays {@code null}. */
        @Nullable
        String currency(String field, @Nullable String code) {
            if (code == null) {
                return null;
            }
            String upper = code.strip().toUpperCase(Locale.ROOT);
            if (!DECIMALS.containsKey(upper)) {
                add(field);
                return null;
            }
            return upper;
        }

        /** A required text's patch: may stay unchanged or be set, never cleared; stripped. */
        Patch<String> required(String field, Patch<String> patch) {
            if (!patch.isPresent()) {
                return patch;
            }
            String value = required(field, patch.applyTo(null));
            return value == null ? Patch.unchanged() : Patch.set(value);
        }

        /** An email's patch: may stay unchanged or be set to a valid email, never cleared. */
        Patch<String> email(String field, Patch<String> patch) {
            if (!patch.isPresent()) {
                return patch;
            }
            String value = email(field, patch.applyTo(null));
            return value == null ? Patch.unchanged() : Patch.set(value);
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }

    /** An optional text's patch: a blank value clears the field. */
    static Patch<String> optional(Patch<String> patch) {
        return patch.isPresent() ? Patch.setOrClear(optional(patch.applyTo(null))) : patch;
    }

    /** Optional text: stripped; blank means absent. */
    static @Nullable String optional(@Nullable String text) {
        String stripped = text == null ? null : text.strip();
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }
}
