package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Walks every operation of the served OpenAPI description with generated bad inputs (ids that are
 * not plain digits, query values of the wrong type or out of range, broken encodings, unknown and
 * repeated parameters, JSON values of every wrong kind, control characters, huge numbers, duplicate
 * keys, invalid UTF-8, malformed bodies) and holds the API to its promise: no 5xx, every 4xx a
 * problem-details body with its status, an id that is not plain digits a 404 that touches nothing.
 *
 * <p>Bounded by a request count ({@code -Dcrm.fuzz.requests}, at least 3,000 by default) and
 * deterministic: the seed is logged and {@code -Dcrm.fuzz.seed=N} replays a run. The chat answers
 * 503 {@code /problems/chat-unavailable} in this app, which has no model: that documented answer is
 * the only 5xx accepted.
 */
@WebAppTest
// Its own database: the thousands of oddly named records it leaves would otherwise sort first in
// the other API tests' lists.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:crm-fuzz-test;DB_CLOSE_DELAY=-1")
class ApiFuzzTest {

    private static final Logger log = LoggerFactory.getLogger(ApiFuzzTest.class);
    private static final long SEED = Long.getLong("crm.fuzz.seed", 20261202L);
    private static final int REQUESTS = Integer.getInteger("crm.fuzz.requests", 3000);

    @LocalServerPort
    int port;

    @Autowired
    AppUsers users;

    private ApiClient api;
    private Random random;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    /** One operation of the description: method, path template, query parameter names, request schema. */
    private record Operation(String method, String path, List<String> parameters, JsonNode body) {}

    @Test
    void should_answer_every_bad_input_to_every_operation_with_a_4xx_problem_never_a_5xx() {
        // An API token, not Basic: Basic costs a BCrypt check (~75 ms here) per request, which made
        // three quarters of this test's time without fuzzing anything.
        api = ApiClient.bearer(port, users.issueToken(ApiClient.ADMIN, "fuzz").secret());
        random = new Random(SEED);
        log.info("API fuzz: seed {} (replay with -Dcrm.fuzz.seed={}), {} requests", SEED, SEED, REQUESTS);
        JsonNode description = api.get("/v3/api-docs").json();
        Map<String, Long> ids = fixtures();
        List<Operation> operations = operations(description);
        assertThat(operations).hasSizeGreaterThanOrEqualTo(30);

        while (sent < REQUESTS) {
            for (Operation operation : operations) {
                fuzz(operation, ids, description);
            }
        }

        ids.forEach((resource, id) -> assertThat(
                        api.get("/api/v1/" + resource + "/" + id).status())
                .as("%s %d survives every DELETE of an id that hides its digits", resource, id)
                .isEqualTo(200));
        log.info("API fuzz: {} requests over {} operations, statuses {}", sent, operations.size(), statuses);
        assertThat(sent).isGreaterThanOrEqualTo(REQUESTS);
        assertThat(failures)
                .as("seed %d: %d of %d requests broke the promise", SEED, failures.size(), sent)
                .isEmpty();
    }

    private void fuzz(Operation operation, Map<String, Long> ids, JsonNode description) {
        String resource = operation.path().split("/")[3];
        long real = ids.getOrDefault(resource, 1L);
        boolean hasId = operation.path().contains("{id}");
        int kind = random.nextInt(hasId ? 7 : 5);
        String path = placeholders(operation.path())
                .replace("{id}", String.valueOf(real))
                .replace("{conversationId}", "fuzz-conversation")
                .replace("{actionId}", "fuzz-action")
                .replace("{changeSetId}", "fuzz-change-set");
        String query = "";
        String body = operation.body() == null ? null : validBody(operation.body(), description);
        byte[] bytes = null;
        String contentType = "application/json";
        switch (kind) {
            case 0 ->
                query = operation.parameters().isEmpty()
                        ? "?zz_unknown=1"
                        : "?" + BadInputs.pick(random, operation.parameters()) + "="
                                + BadInputs.pick(random, BadInputs.QUERY_VALUES);
            case 1 ->
                query = "?zz_unknown=" + BadInputs.pick(random, BadInputs.QUERY_VALUES)
                        + (operation.parameters().isEmpty()
                                ? ""
                                : "&" + operation.parameters().get(0) + "=1&"
                                        + operation.parameters().get(0) + "=2");
            case 2, 3 -> {
                if (body != null) {
                    body = mutated(operation.body(), description);
                } else {
                    query = operation.parameters().isEmpty()
                            ? "?limit=" + BadInputs.pick(random, BadInputs.QUERY_VALUES)
                            : "?" + BadInputs.pick(random, operation.parameters()) + "="
                                    + BadInputs.pick(random, BadInputs.QUERY_VALUES);
                }
            }
            case 4 -> {
                if (body != null) {
                    int shape = random.nextInt(4);
                    if (shape == 0) {
                        body = BadInputs.pick(random, BadInputs.BODIES);
                    } else if (shape == 1) {
                        bytes = BadInputs.invalidUtf8(random, firstProperty(operation.body(), description));
                    } else if (shape == 2) {
                        String field = firstProperty(operation.body(), description);
                        body = "{\"" + field + "\": \"a\", \"" + field + "\": \"b\"}";
                    } else {
                        contentType = BadInputs.pick(
                                random,
                                List.of(
                                        "text/plain",
                                        "application/xml",
                                        "application/x-www-form-urlencoded",
                                        "application/json; charset=ISO-8859-1",
                                        "*/*"));
                    }
                } else {
                    path = path + BadInputs.pick(random, List.of("/", "//", "/..", "/%2e%2e", "/x", ";x=1", "/%00"));
                }
            }
            case 5 ->
                path = placeholders(operation.path())
                        .replace("{id}", BadInputs.pick(random, BadInputs.malformedIds(real)));
            default ->
                path = placeholders(operation.path())
                        .replace("{id}", BadInputs.pick(random, BadInputs.missingIds(real)));
        }
        HttpRequest.Builder request = api.request(path + query).header("Content-Type", contentType);
        HttpRequest.BodyPublisher publisher = bytes != null
                ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : body != null
                        ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
                        : HttpRequest.BodyPublishers.noBody();
        request.method(operation.method(), publisher);
        check(operation, kind, path + query, api.send(request));
    }

    /** The path with its resource and kind variables (the trash's) filled, its ids left to the caller. */
    private static String placeholders(String path) {
        return path.replace("{resource}", "contacts").replace("{kind}", "contact");
    }

    private void check(Operation operation, int kind, String target, Reply reply) {
        sent++;
        int status = reply.status();
        statuses.merge(status, 1, Integer::sum);
        String where = operation.method() + " " + target + " → "
                + reply.toString().substring(0, Math.min(300, reply.toString().length()));
        boolean chatUnavailable = status == 503 && reply.body().contains("/problems/chat-unavailable");
        if (status >= 500 && !chatUnavailable) {
            failures.add("5xx: " + where);
        } else if (status >= 400) {
            if (!reply.contentType().startsWith("application/problem+json")) {
                failures.add("not problem+json: " + where);
            } else if (reply.json().path("status").asInt() != status) {
                failures.add("problem status differs: " + where);
            }
        }
        if (kind == 5 && status != 404) {
            failures.add("an id that is not plain digits must be 404: " + where);
        }
        if (kind == 6 && status < 400) {
            failures.add("an id that names no record must be refused: " + where);
        }
    }

    /** One contact, pipeline, deal and task to aim at, by the path segment of their resource. */
    private Map<String, Long> fixtures() {
        long contact = api.post(
                        "/api/v1/contacts",
                        "{\"first_name\": \"Fuzz\", \"last_name\": \"Target\", \"email\": \"fuzz-" + SEED + "-"
                                + System.nanoTime() + "@example.com\"}")
                .id();
        long pipeline = api.post("/api/v1/pipelines", "{\"name\": \"Fuzz " + System.nanoTime() + "\"}")
                .id();
        long deal = api.post(
                        "/api/v1/deals",
                        "{\"title\": \"Fuzz\", \"amount\": \"25000.00\", \"pipeline_id\": " + pipeline
                                + ", \"contact_id\": " + contact + "}")
                .id();
        long task = api.post("/api/v1/tasks", "{\"title\": \"Fuzz\", \"deal_id\": " + deal + "}")
                .id();
        assertThat(List.of(contact, pipeline, deal, task))
                .allSatisfy(id -> assertThat(id).isPositive());
        return Map.of("contacts", contact, "pipelines", pipeline, "deals", deal, "tasks", task);
    }

    private static List<Operation> operations(JsonNode description) {
        List<Operation> operations = new ArrayList<>();
        for (String path : new java.util.TreeSet<>(description.path("paths").propertyNames())) {
            JsonNode item = description.path("paths").path(path);
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode operation = item.path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                List<String> parameters = new ArrayList<>();
                operation.path("parameters").forEach(p -> {
                    if (p.path("in").asString().equals("query")) {
                        parameters.add(p.path("name").asString());
                    }
                });
                JsonNode schema = operation
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                operations.add(
                        new Operation(method.toUpperCase(), path, parameters, schema.isMissingNode() ? null : schema));
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode description) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty()
                ? schema
                : description.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static String firstProperty(JsonNode schema, JsonNode description) {
        return resolve(schema, description)
                .path("properties")
                .propertyNames()
                .iterator()
                .next();
    }

    /** A body of the schema's required properties with plausible values (it may still break a rule). */
    private String validBody(JsonNode schema, JsonNode description) {
        Map<String, String> fields = new TreeMap<>();
        resolve(schema, description)
                .path("required")
                .forEach(name -> fields.put(name.asString(), sample(name.asString())));
        return json(fields);
    }

    /** The valid body with one property, required or not, set to a bad value, and sometimes an unknown field. */
    private String mutated(JsonNode schema, JsonNode description) {
        JsonNode resolved = resolve(schema, description);
        Map<String, String> fields = new TreeMap<>();
        resolved.path("required").forEach(name -> fields.put(name.asString(), sample(name.asString())));
        List<String> names = new ArrayList<>(resolved.path("properties").propertyNames());
        fields.put(BadInputs.pick(random, names), BadInputs.pick(random, BadInputs.JSON_VALUES));
        if (random.nextInt(5) == 0) {
            fields.put(
                    BadInputs.pick(random, List.of("firstName", "id\u0000", "", "__proto__", "version")),
                    BadInputs.pick(random, BadInputs.JSON_VALUES));
        }
        return json(fields);
    }

    private String sample(String field) {
        return switch (field) {
            case "email" -> "\"fuzz-" + random.nextLong() + "@example.com\"";
            case "amount" -> "\"100.00\"";
            case "currency" -> "\"USD\"";
            case "status" -> "\"lead\"";
            case "priority" -> "\"high\"";
            case "pipeline_id", "contact_id", "deal_id" -> "1";
            default -> "\"fuzz " + random.nextInt(1000) + "\"";
        };
    }

    private static String json(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, raw) -> json.append(json.length() > 1 ? ", " : "")
                .append('"')
                .append(name.replace("\u0000", "\\u0000"))
                .append("\": ")
                .append(raw));
        return json.append('}').toString();
    }
}
