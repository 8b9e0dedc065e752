package dev.crmkit.examples.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response kept for replay: its status, the headers a client relies on and the body.
 *
 * @param headers header name → value, only those of {@link #KEPT_HEADERS}
 */
record StoredResponse(int status, Map<String, String> headers, byte[] body) {

    /** The headers worth replaying; the rest (dates, connection handling) belong to each answer. */
    static final List<String> KEPT_HEADERS = List.of("Content-Type", "Location", "ETag", "Content-Language");

    StoredResponse {
        headers = Map.copyOf(headers);
    }

    /** The headers as stored: one {@code name: value} per line. */
    String headerLines() {
        StringBuilder lines = new StringBuilder();
        headers.forEach(
                (name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        return lines.toString();
    }

    static Map<String, String> parseHeaderLines(String lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }

    @Override
    public String toString() {
        return status + " " + headers + " " + new String(body, StandardCharsets.UTF_8);
    }
}
