package dev.crmkit.agent.testing;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import java.util.List;

/** Realistic CRM tool specifications, as the agent will declare them. */
public final class CrmTools {

    private CrmTools() {}

    /** @return create_contact: bounded first name, last name and email strings */
    public static ToolSpecification createContact() {
        return ToolSpecification.builder()
                .name("create_contact")
                .description("Creates a contact in the CRM")
                .parameters(JsonObjectSchema.builder()
                        .addProperty("firstName", JsonRawSchema.from("{\"type\":\"string\",\"maxLength\":40}"))
                        .addProperty("lastName", JsonRawSchema.from("{\"type\":\"string\",\"maxLength\":40}"))
                        .addProperty("email", JsonRawSchema.from("{\"type\":\"string\",\"maxLength\":80}"))
                        .required("firstName", "lastName")
                        .build())
                .build();
    }

    /** @return get_contact: one integer id */
    public static ToolSpecification getContact() {
        return ToolSpecification.builder()
                .name("get_contact")
                .description("Reads a contact by its id")
                .parameters(JsonObjectSchema.builder()
                        .addIntegerProperty("id", "the contact's id")
                        .required("id")
                        .build())
                .build();
    }

    /** @return create_task: a title, an enum priority and an optional boolean */
    public static ToolSpecification createTask() {
        return ToolSpecification.builder()
                .name("create_task")
                .description("Creates a task")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("title", "what to do")
                        .addEnumProperty("priority", List.of("low", "medium", "high", "urgent"))
                        .addBooleanProperty("notify")
                        .required("title", "priority")
                        .build())
                .build();
    }

    /** @return the three tools */
    public static List<ToolSpecification> all() {
        return List.of(createContact(), getContact(), createTask());
    }
}
