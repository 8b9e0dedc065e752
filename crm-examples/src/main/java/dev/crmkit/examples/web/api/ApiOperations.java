package dev.crmkit.examples.web.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the OpenAPI description as the API really answers them: stable operationIds
 * ({@code listContacts}, {@code createContact}, ...), 201 with {@code Location} and {@code ETag} for
 * creates, 204 for deletes, {@code ETag} on every answer of a versioned resource, the request schemas of
 * {@link ApiSchemas}, the optional {@code Idempotency-Key} header on POSTs, and every error a
 * client can get as a problem-details response. Used once at start-up.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class ApiOperations {

    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> CHAT_IDS = Map.of(
            "POST /api/v1/chat", "sendChatMessage",
            "POST /api/v1/chat/stream", "streamChatMessage",
            "GET /api/v1/chat/{conversationId}", "getConversation",
            "POST /api/v1/chat/{conversationId}/actions/{actionId}/confirm", "confirmAction",
            "POST /api/v1/chat/{conversationId}/actions/{actionId}/reject", "rejectAction");

    private static final Map<String, String> IMPORT_IDS = Map.of(
            "POST /api/v1/imports", "startImport",
            "GET /api/v1/imports/{id}", "getImport",
            "GET /api/v1/imports/{id}/errors", "getImportErrors");

    private ApiOperations() {}

    static void apply(OpenAPI api) {
        addProblemResponses(api);
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> describe(api, path, method, operation)));
        api.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((method, operation) -> mediaTypes(path, operation)));
        // Only the exports named it, as their body's Java type; they are described as text now.
        api.getComponents().getSchemas().remove("StreamingResponseBody");
    }

    /**
     * The media types the successful answers really have, where springdoc could only say {@code *}{@code /*}: an
     * export is CSV or JSON Lines text, an import's error CSV is CSV, and a record (an import job) is JSON.
     */
    private static void mediaTypes(String path, Operation operation) {
        operation.getResponses().forEach((status, response) -> {
            Content content = response.getContent();
            if (!status.startsWith("2") || content == null || !content.containsKey("*/*")) {
                return;
            }
            Schema<?> text = new Schema<>().types(Set.of("string"));
            if (path.endsWith("/export")) {
                response.setContent(new Content()
                        .addMediaType("text/csv", new MediaType().schema(text.description("format=csv")))
                        .addMediaType(
                                "application/x-ndjson",
                                new MediaType()
                                        .schema(new Schema<>()
                                                .types(Set.of("string"))
                                                .description("format=jsonl: one JSON object a line"))));
            } else if (path.endsWith("/errors")) {
                response.setContent(new Content().addMediaType("text/csv", new MediaType().schema(text)));
            } else {
                MediaType json = content.remove("*/*");
                content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, json);
            }
        });
    }

    private static void describe(OpenAPI api, String path, PathItem.HttpMethod method, Operation operation) {
        String[] segments = path.substring("/api/v1/".length()).split("/");
        String plural = capitalize(segments[0]);
        String singular = Nouns.singular(plural);
        boolean item = segments.length == 2 && segments[1].equals("{id}");
        boolean collection = segments.length == 1;
        String chat = CHAT_IDS.get(method + " " + path);
        ApiResponses responses = operation.getResponses();
        ApiResponse ok = responses.get("200");
        if (chat != null) {
            operation.setOperationId(chat);
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().setContent(json("ChatRequest"));
            }
            if (path.endsWith("/stream") && ok != null) {
                ok.setContent(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE,
                                new MediaType()
                                        .schema(new Schema<>()
                                                .types(Set.of("string"))
                                                .description("server-sent events: text, action, done, error"))));
            }
        } else if (segments[0].equals("imports")) {
            // An import job: started with 202 (its multipart request as springdoc describes it), then read.
            operation.setOperationId(IMPORT_IDS.get(method + " " + path));
            if (method == PathItem.HttpMethod.POST && ok != null) {
                responses.remove("200");
                responses.addApiResponse(
                        "202",
                        ok.description("Accepted: the job, queued")
                                .headers(new LinkedHashMap<>(
                                        Map.of("Location", header("the address of the job", "uri")))));
            }
        } else if (path.equals("/api/v1/change-sets/{changeSetId}")) {
            operation.setOperationId("getChangeSet");
        } else if (path.equals("/api/v1/change-sets/{changeSetId}/undo")) {
            operation.setOperationId("undoChangeSet");
        } else if (path.endsWith("/history")) {
            operation.setOperationId("get" + singular + "History");
            // One handler serves every resource's history (HistoryApi): the summary names the resource.
            String noun = singular.toLowerCase(Locale.ROOT);
            operation.setSummary((noun.startsWith("a") ? "An " : "A ") + noun + "'s change history");
        } else if (path.endsWith("/timeline")) {
            operation.setOperationId("get" + singular + "Timeline");
        } else if (path.equals("/api/v1/search")) {
            operation.setOperationId("search");
        } else if (path.endsWith("/summary")) {
            operation.setOperationId("get" + singular + "Summary");
        } else if (collection && method == PathItem.HttpMethod.GET) {
            operation.setOperationId("list" + plural);
        } else if (collection && method == PathItem.HttpMethod.POST) {
            operation.setOperationId("create" + singular);
            operation.getRequestBody().setContent(json(singular + "Create"));
            responses.remove("200");
            responses.addApiResponse(
                    "201",
                    ok.description("Created")
                            .headers(new LinkedHashMap<>(Map.of(
                                    "Location", header("the address of the new " + singular.toLowerCase(), "uri"),
                                    "ETag", header("its version, for If-Match", null)))));
        } else if (item) {
            String verb = switch (method) {
                case GET -> "get";
                case PUT -> "update";
                case PATCH -> "patch";
                case DELETE -> "delete";
                default -> method.name().toLowerCase();
            };
            operation.setOperationId(verb + singular);
            if (method != PathItem.HttpMethod.DELETE && ok != null) {
                if (versioned(api, ok)) {
                    ok.setHeaders(new LinkedHashMap<>(Map.of("ETag", header("the version, for If-Match", null))));
                }
            }
            if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
                operation
                        .getRequestBody()
                        .setContent(json(singular + (method == PathItem.HttpMethod.PUT ? "Replace" : "Patch")));
                if (method == PathItem.HttpMethod.PATCH) {
                    operation
                            .getRequestBody()
                            .getContent()
                            .addMediaType(
                                    "application/merge-patch+json", new MediaType().schema(ref(singular + "Patch")));
                }
            }
        }
        if (method == PathItem.HttpMethod.DELETE && ok != null) {
            // Every delete of the API, a record's or the trash's purge, answers 204 with no body.
            responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description("Deleted"));
        }
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                    parameter.description(
                            "the ETag the change is based on (\"3\"), or a list of them (\"3\", \"4\"): any current one"
                                    + " matches; a stale one is refused with 409");
                }
                if ("path".equals(parameter.getIn()) && "id".equals(parameter.getName())) {
                    parameter.getSchema().setMinimum(java.math.BigDecimal.ONE);
                    parameter.description("the id: plain decimal digits; anything else is 404");
                }
            }
        }
        // A stream cannot be replayed, so the header is refused there (ChatApi); every other POST takes it.
        if (method == PathItem.HttpMethod.POST && !path.equals("/api/v1/chat/stream")) {
            operation.addParametersItem(new HeaderParameter()
                    .name("Idempotency-Key")
                    .required(false)
                    .description("a key unique to this intent: a retry with the same key and body replays the first"
                            + " answer (kept 24 h); the same key with another body is refused with 422")
                    .schema(new Schema<>().types(Set.of("string")).minLength(1).maxLength(255)));
            responses.addApiResponse("422", problemRef("IdempotencyMismatch"));
        }
        responses.addApiResponse("400", problemRef("BadRequest"));
        responses.addApiResponse("401", problemRef("Unauthorized"));
        responses.addApiResponse("429", problemRef("TooManySignIns"));
        if (method != PathItem.HttpMethod.GET) {
            responses.addApiResponse("403", problemRef("Forbidden"));
        }
        // A merge names its records in the body, a chat message its conversation: each may name none there is.
        if (path.contains("{") || path.endsWith("/merge") || CHAT_IDS.containsKey(method + " " + path)) {
            responses.addApiResponse("404", problemRef("NotFound"));
        }
        if (method != PathItem.HttpMethod.GET || path.equals("/api/v1/imports/{id}/errors")) {
            responses.addApiResponse("409", problemRef("Conflict"));
        }
        if (operation.getRequestBody() != null) {
            responses.addApiResponse("413", problemRef("ContentTooLarge"));
            responses.addApiResponse("415", problemRef("UnsupportedMediaType"));
        }
        responses.addApiResponse("503", problemRef("ServiceUnavailable"));
    }

    private static void addProblemResponses(OpenAPI api) {
        api.getComponents()
                .addSchemas(
                        "Problem",
                        new Schema<>()
                                .types(Set.of("object"))
                                .description(
                                        "RFC 9457 problem details; type names the kind of error, errors the offending fields")
                                .addProperty(
                                        "type",
                                        new Schema<>()
                                                .types(Set.of("string"))
                                                .format("uri-reference")
                                                .example("/problems/validation"))
                                .addProperty("title", new Schema<>().types(Set.of("string")))
                                .addProperty(
                                        "status",
                                        new Schema<>().types(Set.of("integer")).format("int32"))
                                .addProperty("detail", new Schema<>().types(Set.of("string")))
                                .addProperty(
                                        "instance",
                                        new Schema<>().types(Set.of("string")).format("uri-reference"))
                                .addProperty(
                                        "errors",
                                        new Schema<>()
                                                .types(Set.of("object"))
                                                .additionalProperties(new Schema<>().types(Set.of("string")))
                                                .description("field or parameter → what is wrong with it"))
                                .required(java.util.List.of("type", "title", "status")));
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put(
                "BadRequest",
                "a broken rule, a wrong type, an unknown field or parameter, malformed JSON"
                        + " (/problems/validation, /problems/malformed-json)");
        kinds.put("Unauthorized", "no or wrong credentials (/problems/unauthorized)");
        kinds.put(
                "TooManySignIns",
                "HTTP Basic for a username that failed too often from this address (or from an address that failed"
                        + " with too many usernames), refused without checking the password until Retry-After"
                        + " (/problems/sign-in-throttled)");
        kinds.put(
                "Forbidden",
                "a write by a READONLY user (/problems/forbidden), or a write authenticated by the session cookie"
                        + " without the CSRF token (/problems/csrf)");
        kinds.put(
                "NotFound",
                "no such record, conversation or action, or an id that is not plain digits (/problems/not-found,"
                        + " /problems/unknown-action)");
        kinds.put(
                "Conflict",
                "a duplicate email, a pipeline or stage still holding deals, a stale version, an Idempotency-Key"
                        + " whose first request is still running, an import whose error CSV is not ready yet"
                        + " (/problems/conflict, /problems/stale-version, /problems/idempotency-key-in-use)");
        kinds.put("ContentTooLarge", "a body over crm.api.max-body-size (/problems/body-too-large)");
        kinds.put("UnsupportedMediaType", "a body that is not JSON (/problems/unsupported-media-type)");
        kinds.put("IdempotencyMismatch", "an Idempotency-Key already used with another body");
        kinds.put(
                "ServiceUnavailable",
                "the database is unreachable (/problems/storage-unavailable, with"
                        + " Retry-After), a concurrent transaction aborted this one and nothing was written"
                        + " (/problems/retryable, with Retry-After: send the same request again), or the chat has no"
                        + " working model (/problems/chat-unavailable, /problems/assistant-failed)");
        kinds.forEach((name, description) -> {
            ApiResponse response = new ApiResponse()
                    .description(description)
                    .content(new Content().addMediaType(PROBLEM, new MediaType().schema(ref("Problem"))));
            if (name.equals("ServiceUnavailable") || name.equals("TooManySignIns")) {
                response.addHeaderObject(
                        "Retry-After",
                        header("seconds to wait before retrying", null)
                                .schema(new Schema<>().types(Set.of("integer")).format("int32")));
            }
            api.getComponents().addResponses(name, response);
        });
    }

    /** Whether the answer is a resource with a {@code version}, which the API sends as its {@code ETag} (a tag has none). */
    private static boolean versioned(OpenAPI api, ApiResponse ok) {
        if (ok.getContent() == null) {
            return false;
        }
        return ok.getContent().values().stream()
                .map(MediaType::getSchema)
                .filter(schema -> schema != null && schema.get$ref() != null)
                .map(schema -> api.getComponents()
                        .getSchemas()
                        .get(schema.get$ref().substring("#/components/schemas/".length())))
                .anyMatch(schema -> schema != null
                        && schema.getProperties() != null
                        && schema.getProperties().containsKey("version"));
    }

    private static Content json(String schema) {
        return new Content()
                .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_JSON_VALUE, new MediaType().schema(ref(schema)));
    }

    private static Schema<?> ref(String schema) {
        return new Schema<>().$ref("#/components/schemas/" + schema);
    }

    private static ApiResponse problemRef(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    private static Header header(String description, String format) {
        return new Header()
                .description(description)
                .schema(new Schema<>().types(Set.of("string")).format(format));
    }

    /** {@code contacts} → {@code Contacts}; {@code custom-fields} → {@code CustomFields}. */
    private static String capitalize(String word) {
        StringBuilder camel = new StringBuilder(word.length());
        boolean upper = true;
        for (char c : word.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
