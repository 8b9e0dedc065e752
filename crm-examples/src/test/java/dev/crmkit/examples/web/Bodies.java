package dev.crmkit.examples.web;

import java.util.UUID;

/** Request bodies for tests, each with a fresh email so tests sharing one database never collide. */
public final class Bodies {

    private Bodies() {}

    public static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public static String contact(String firstName, String lastName, String email) {
        return """
                {"first_name": "%s", "last_name": "%s", "email": "%s", "company": "Analytical Engines", "phone": "+1 555 0100"}
                """.formatted(firstName, lastName, email);
    }

    public static String aContact() {
        return contact("Ada", "Lovelace", uniqueEmail("ada"));
    }

    public static String pipeline(String name) {
        return """
                {"name": "%s"}
                """.formatted(name);
    }

    public static String deal(String title, long pipelineId, String amount) {
        return """
                {"title": "%s", "pipeline_id": %d, "amount": %s, "currency": "EUR"}
                """.formatted(title, pipelineId, amount);
    }

    public static String task(String title) {
        return """
                {"title": "%s", "priority": "high", "due_date": "2026-03-31"}
                """.formatted(title);
    }
}
