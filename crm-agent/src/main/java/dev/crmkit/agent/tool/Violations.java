package dev.crmkit.agent.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Collects argument violations, allocating only when there is one: valid calls are the hot path. */
final class Violations {

    /** One violation: of a parameter or a member of one ({@code customFields.tier}), or of the arguments whole. */
    private record Violation(@Nullable String field, String message) {

        @Override
        public String toString() {
            return field == null ? message : field + ": " + message;
        }
    }

    private List<Violation> violations = List.of();

    void add(String parameter, String message) {
        add(new Violation(parameter, message));
    }

    void add(String message) {
        add(new Violation(null, message));
    }

    private void add(Violation violation) {
        if (violations.isEmpty()) {
            violations = new ArrayList<>(2);
        }
        violations.add(violation);
    }

    /**
     * Adds the errors a tool's check found, each after those already here, except on a field already named
     * or inside one ({@code customFields.tier} when {@code customFields} is): what the schema refused is
     * said first, and the check's view of a value it never received is no news.
     *
     * @param errors field → message
     */
    void addUnnamed(Map<String, String> errors) {
        List<Violation> named = List.copyOf(violations);
        errors.forEach((field, message) -> {
            if (named.stream().noneMatch(violation -> covers(violation.field(), field))) {
                add(field, message);
            }
        });
    }

    private static boolean covers(@Nullable String named, String field) {
        return named != null && (field.equals(named) || field.startsWith(named + "."));
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    /** @return true when every violation names a field: the arguments were read whole, only some values refused */
    boolean allNameAField() {
        return violations.stream().allMatch(violation -> violation.field() != null);
    }

    /** @return the violations joined into one observation for the model */
    String describe(String tool) {
        List<String> messages = violations.stream().map(Violation::toString).toList();
        return "invalid arguments for " + tool + ": " + String.join("; ", messages);
    }
}
