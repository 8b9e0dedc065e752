package dev.crmkit.agent.tool;

import java.util.ArrayList;
import java.util.List;

/** Collects argument violations, allocating only when there is one: valid calls are the hot path. */
final class Violations {

    private List<String> messages = List.of();

    void add(String parameter, String message) {
        add(parameter + ": " + message);
    }

    void add(String message) {
        if (messages.isEmpty()) {
            messages = new ArrayList<>(2);
        }
        messages.add(message);
    }

    int size() {
        return messages.size();
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** @return the violations joined into one observation for the model */
    String describe(String tool) {
        return "invalid arguments for " + tool + ": " + String.join("; ", messages);
    }
}
