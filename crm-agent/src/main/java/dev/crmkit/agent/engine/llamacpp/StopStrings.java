package dev.crmkit.agent.engine.llamacpp;

import java.util.List;

/**
 * Cuts generated text at the first stop string. Text that could be the start of a stop string is held back
 * until the next piece tells, so a caller never receives part of a stop string. Not thread-safe.
 */
final class StopStrings {

    private final List<String> stops;
    private final StringBuilder held = new StringBuilder();
    private boolean matched;

    StopStrings(List<String> stops) {
        this.stops = stops.stream().filter(stop -> !stop.isEmpty()).toList();
    }

    /** @return the text that can be passed on now */
    String feed(String text) {
        if (matched) {
            return "";
        }
        held.append(text);
        int cut = -1;
        for (String stop : stops) {
            int at = held.indexOf(stop);
            if (at >= 0 && (cut < 0 || at < cut)) {
                cut = at;
            }
        }
        if (cut >= 0) {
            matched = true;
            String out = held.substring(0, cut);
            held.setLength(0);
            return out;
        }
        int keep = 0;
        for (String stop : stops) {
            for (int length = Math.min(stop.length() - 1, held.length()); length > keep; length--) {
                if (held.substring(held.length() - length).equals(stop.substring(0, length))) {
                    keep = length;
                    break;
                }
            }
        }
        String out = held.substring(0, held.length() - keep);
        held.delete(0, held.length() - keep);
        return out;
    }

    /** @return whether a stop string was seen */
    boolean matched() {
        return matched;
    }

    /** @return text held back when the generation ended without a stop string */
    String flush() {
        String out = held.toString();
        held.setLength(0);
        return out;
    }
}
