package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.examples.web.chat.ChatMessages;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The schemas of the OpenAPI description, made exact for client generators: response schemas mark
 * every property required, the nullable ones (JSpecify {@code @Nullable} on the record component)
 * as {@code null}-able and the server-assigned ones read-only; request schemas are separate
 * ({@code ContactCreate}, {@code ContactReplace}, {@code ContactPatch}, ...), derived from the
 * writable fields the API actually reads, with their own {@code required} lists. Used once at start-up.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class ApiSchemas {

    /** A resource: its response schema and class, what a client writes, and what create / PUT require. */
    private record Resource(
            String name,
            Class<? extends Record> type,
            Set<String> writable,
            Set<String> readOnly,
            List<String> createRequired,
            List<String> replaceRequired) {}

    private static final List<Resource> RESOURCES = List.of(
            new Resource(
                    "Contact",
                    ContactJson.class,
                    ContactJson.WRITABLE,
                    ContactJson.READ_ONLY,
                    List.of("first_name", "last_name", "email"),
                    List.of("first_name", "last_name", "email")),
            new Resource(
                    "Deal",
                    DealJson.class,
                    DealJson.WRITABLE,
                    DealJson.READ_ONLY,
                    List.of("title"),
                    List.of("title", "amount", "currency", "pipeline_id", "status")),
            new Resource(
                    "Task",
                    TaskJson.class,
                    TaskJson.WRITABLE,
                    TaskJson.READ_ONLY,
                    List.of("title"),
                    List.of("title", "priority", "status")),
            new Resource(
                    "Activity",
                    ActivityJson.class,
                    ActivityJson.WRITABLE,
                    ActivityJson.READ_ONLY,
                    List.of("type", "subject"),
                    List.of("type", "subject", "occurred_at")),
            new Resource(
                    "Pipeline",
                    PipelineJson.class,
                    PipelineJson.WRITABLE,
                    PipelineJson.READ_ONLY,
                    List.of("name"),
                    List.of("name")),
            new Resource(
                    "Company",
                    CompanyJson.class,
                    CompanyJson.WRITABLE,
                    CompanyJson.READ_ONLY,
                    List.of("name"),
                    List.of("name")),
            new Resource(
                    "Tag",
                    TagsApi.TagJson.class,
                    Set.of("name"),
                    Set.of("id", "count", "created_at"),
                    List.of(),
                    List.of("name")),
            new Resource(
                    "CustomField",
                    CustomFieldJson.class,
                    CustomFieldsApi.CREATE,
                    CustomFieldsApi.READ_ONLY,
                    List.of("kind", "key", "label", "type"),
                    List.of()));

    private static final Map<String, Map<String, List<String>>> ENUMS = Map.of(
            "TaskJson",
                    Map.of(
                            "priority",
                            List.of("low", "medium", "high", "urgent"),
                            "status",
                            List.of("todo", "in_progress", "completed", "cancelled")),
            "StageJson", Map.of("outcome", List.of("open", "won", "lost")),
            "ActivityJson", Map.of("type", List.of("note", "call", "email", "meeting")),
            "CustomFieldJson",
                    Map.of(
                            "kind",
                            List.of("contact", "company", "deal"),
                            "type",
                            List.of("text", "number", "date", "boolean", "choice", "multi_choice")),
            "Message", Map.of("role", List.of("user", "assistant")));

    private ApiSchemas() {}

    static void apply(OpenAPI api) {
        @SuppressWarnings("rawtypes")
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Map<String, Class<?>> responses = new LinkedHashMap<>();
        RESOURCES.forEach(resource -> responses.put(resource.name() + "Json", resource.type()));
        responses.putAll(Map.of(
                "StageJson",
                PipelineJson.StageJson.class,
                "MoneyJson",
                MoneyJson.class,
                "SummaryJson",
                SummaryJson.class,
                "StageSummaryJson",
                SummaryJson.StageSummaryJson.class,
                "Reply",
                ChatJson.Reply.class,
                "Action",
                ChatJson.Action.class,
                "Message",
                ChatJson.Message.class,
                "Conversation",
                ChatJson.Conversation.class));
        schemas.keySet().stream()
                .filter(name -> name.startsWith("PageJson"))
                .toList()
                .forEach(name -> responses.put(name, PageJson.class));
        responses.forEach((name, type) -> {
            Schema<?> schema = schemas.get(name);
            if (schema != null) {
                describeResponse(schema, type, ENUMS.getOrDefault(name, Map.of()));
            }
        });
        Schema<?> action = schemas.get("Action");
        if (action != null && action.getProperties() != null) {
            // Arguments and result are whatever JSON the tool took and returned, never Jackson's JsonNode type.
            action.getProperties()
                    .put(
                            "arguments",
                            new Schema<>()
                                    .types(Set.of("object"))
                                    .description("the tool's arguments as the assistant gave them"));
            action.getProperties()
                    .put("result", new Schema<>().description("the tool's result: any JSON value, or null"));
        }
        schemas.remove("JsonNode");
        schemas.remove("SseEmitter");
        for (Resource resource : RESOURCES) {
            Schema<?> response = schemas.get(resource.name() + "Json");
            // A resource created only by use (a tag) has no create operation: an empty list means no TagCreate.
            if (!resource.createRequired().isEmpty()) {
                schemas.put(resource.name() + "Create", request(response, resource, resource.createRequired(), false));
            }
            schemas.put(resource.name() + "Replace", request(response, resource, resource.replaceRequired(), true));
            schemas.put(resource.name() + "Patch", request(response, resource, List.of(), true));
        }
        Schema<?> stage = schemas.get("StageJson");
        schemas.put(
                "StageInput",
                copyProperties(stage, Set.of("key", "name", "probability", "outcome"), Set.of())
                        .required(List.of("key", "name"))
                        .description("A stage as a client sends it; position is its place in the list."));
        schemas.put(
                "ChatRequest",
                new Schema<>()
                        .types(Set.of("object"))
                        .required(List.of("message"))
                        .addProperty(
                                "message",
                                new Schema<>()
                                        .types(Set.of("string"))
                                        .minLength(1)
                                        .maxLength(ChatMessages.MAX_LENGTH))
                        .addProperty(
                                "conversation_id",
                                new Schema<>()
                                        .types(Set.of("string"))
                                        .pattern("^[A-Za-z0-9_-]{1,64}$")
                                        .description("the conversation to continue; a new one when absent"))
                        .additionalProperties(false));
    }

    private static void describeResponse(Schema<?> schema, Class<?> type, Map<String, List<String>> enums) {
        if (schema.getProperties() == null || !type.isRecord()) {
            return;
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty renamed = component.getAnnotation(JsonProperty.class);
            String name = renamed != null ? renamed.value() : component.getName();
            Schema<?> property = schema.getProperties().get(name);
            if (property == null) {
                continue;
            }
            required.add(name);
            if (enums.containsKey(name)) {
                setEnum(property, enums.get(name));
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                nullable(property);
            }
        }
        schema.setRequired(required);
        for (Resource resource : RESOURCES) {
            if (resource.type() == type) {
                resource.readOnly().forEach(name -> {
                    Schema<?> property = schema.getProperties().get(name);
                    if (property != null) {
                        property.setReadOnly(true);
                    }
                });
            }
        }
    }

    private static Schema<?> request(Schema<?> response, Resource resource, List<String> required, boolean update) {
        Schema<?> request = copyProperties(response, resource.writable(), Set.copyOf(required));
        if (update) {
            request.addProperty(
                    "version",
                    new Schema<>()
                            .types(Set.of("integer"))
                            .format("int64")
                            .minimum(java.math.BigDecimal.ZERO)
                            .description(
                                    "the version the change is based on (like If-Match); a stale one is refused with 409"));
        }
        if (resource.name().equals("Deal")) {
            request.getProperties()
                    .get("amount")
                    .description(
                            "a JSON number or a decimal string such as \"25000.00\";"
                                    + " at most 15 digits before the point and 4 after, and no more decimals than the currency has");
        }
        if (resource.name().equals("Pipeline")) {
            request.getProperties()
                    .put(
                            "stages",
                            new Schema<>()
                                    .types(Set.of("array"))
                                    .items(new Schema<>().$ref("#/components/schemas/StageInput"))
                                    .description(
                                            "the complete list of stages, in order; absent on create for the default stages"));
        }
        if (!required.isEmpty()) {
            request.setRequired(required);
        }
        return request.description(
                switch (required.isEmpty() ? "patch" : update ? "replace" : "create") {
                    case "create" -> "A new " + resource.name().toLowerCase() + ": absent optional fields are empty.";
                    case "replace" ->
                        "Every field of the " + resource.name().toLowerCase()
                                + ": an absent optional field is cleared.";
                    default -> "The fields to change: absent fields stay, null clears an optional field.";
                });
    }

    /** A new object schema with copies of {@code names} from {@code source}; all but {@code notNull} accept null. */
    private static Schema<?> copyProperties(Schema<?> source, Set<String> names, Set<String> notNull) {
        Schema<Object> copy = new Schema<>().types(Set.of("object"));
        source.getProperties().forEach((name, property) -> {
            if (names.contains(name)) {
                Schema<Object> field = new Schema<>();
                if (property.getTypes() != null) {
                    field.setTypes(new LinkedHashSet<>(property.getTypes()));
                }
                field.setFormat(property.getFormat());
                field.set$ref(property.get$ref());
                field.setItems(property.getItems());
                if (property.getEnum() != null) {
                    field.setEnum(new ArrayList<>(property.getEnum()));
                }
                if (!notNull.contains(name) && field.get$ref() == null) {
                    nullable(field);
                }
                copy.addProperty(name, field);
            }
        });
        return copy;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setEnum(Schema property, List<String> values) {
        property.setEnum(new ArrayList<>(values));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void nullable(Schema property) {
        Set<String> types =
                property.getTypes() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(property.getTypes());
        if (types.isEmpty() && property.getType() != null) {
            types.add(property.getType());
        }
        if (!types.isEmpty()) {
            types.add("null");
            property.setTypes(types);
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                property.getEnum().add(null);
            }
        }
    }
}
