package dev.crmkit.agent.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmkit.agent.crm.CrmToolset;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads evaluation cases from JSON Lines: one case per line, blank lines and lines starting with
 * {@code //} ignored. The built-in suite is the resource {@value #BUILT_IN}.
 *
 * <pre>{@code
 * {"id": "contact-update-01", "kind": "single",
 *  "request": "Change the phone of contact 1 to +1 555 0100",
 *  "seed": {"contacts": [{"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com"}]},
 *  "calls": [{"tool": "update_contact", "arguments": {"id": 1, "phone": "+1 555 0100"}}],
 *  "state": {"contacts": [{"id": 1, "phone": "+1 555 0100"}]}}
 * }</pre>
 *
 * <ul>
 *   <li>{@code kind}: {@code single}, {@code multi_step}, {@code no_tool}, {@code injection} or
 *       {@code confirmation} ({@link EvalCase.Kind}).
 *   <li>{@code seed} (optional): lists {@code pipelines}, {@code contacts}, {@code deals}, {@code tasks}
 *       created in that order on an empty CRM; the n-th record of a kind has id n.
 *   <li>{@code calls}: the expected tool calls in order (empty for {@code no_tool}); {@code arguments}
 *       follow {@link Arguments}' rules, including {@code {"$contains": "text"}} for free text.
 *   <li>{@code pending} (optional): actions that must be waiting for confirmation after the turn
 *       (required for {@code confirmation}).
 *   <li>{@code state} (optional): {@code "contacts"|"pipelines"|"deals"|"tasks"|"companies"|"activities":
 *       [{"id": n, field: value}]}
 *       records that must exist with those values; {@code "absent": {"contacts": [ids]}} records that must
 *       not; {@code "count": {"contacts": n}} how many there must be. Field names are those of
 *       {@link EvalCase.Seed}'s records, plus {@code completed} for tasks; companies
 *       have {@code name}, {@code domain} and {@code industry}, activities {@code type}, {@code subject}
 *       and their links (companies and activities are not seeded: a case creates them).
 *   <li>{@code forbidden} (optional): tools that must not be called (required for {@code injection}).
 * </ul>
 *
 * A case naming an unknown tool, kind or state section is refused when the file is read, with its line.
 */
public final class EvalCases {

    /** The built-in suite, a classpath resource. */
    public static final String BUILT_IN = "/dev/crmkit/agent/eval/cases.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STATE_SECTIONS =
            Set.of("contacts", "pipelines", "deals", "tasks", "companies", "activities", "absent", "count");

    private EvalCases() {}

    /** @return the built-in suite */
    public static List<EvalCase> builtIn() {
        try (InputStream in = EvalCases.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the classpath");
            }
            return read(in, "cases.jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param in     JSON Lines, UTF-8; not closed
     * @param source a name for error messages
     * @return the cases, in file order
     * @throws IllegalArgumentException naming the line, when a case is malformed or an id repeats
     */
    public static List<EvalCase> read(InputStream in, String source) {
        Set<String> tools = CrmToolset.specifications().stream()
                .map(ToolSpecification::name)
                .collect(Collectors.toSet());
        List<EvalCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.strip().startsWith("//")) {
                    continue;
                }
                try {
                    EvalCase evalCase = parse(JSON.readTree(line), tools);
                    if (!ids.add(evalCase.id())) {
                        throw new IllegalArgumentException("id " + evalCase.id() + " is used twice");
                    }
                    cases.add(evalCase);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(
                            source + " line " + lineNumber + ": not JSON: " + e.getOriginalMessage(), e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + " line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(cases);
    }

    private static EvalCase parse(JsonNode node, Set<String> tools) {
        String id = text(node, "id");
        EvalCase.Kind kind;
        try {
            kind = EvalCase.Kind.valueOf(text(node, "kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    id + ": kind must be single, multi_step, no_tool, injection or confirmation");
        }
        List<EvalCase.ExpectedCall> calls = calls(node.path("calls"), tools, id);
        List<EvalCase.ExpectedCall> pending = calls(node.path("pending"), tools, id);
        List<String> forbidden = new ArrayList<>();
        node.path("forbidden").forEach(tool -> forbidden.add(knownTool(tool.asText(), tools, id)));
        ObjectNode state = object(node.path("state"), id + ": state");
        for (Map.Entry<String, JsonNode> entry : state.properties()) {
            String section = entry.getKey();
            if (!STATE_SECTIONS.contains(section)) {
                throw new IllegalArgumentException(
                        id + ": state has no section " + section + "; use " + STATE_SECTIONS);
            }
        }
        if (kind == EvalCase.Kind.NO_TOOL != calls.isEmpty()) {
            throw new IllegalArgumentException(id + ": a no_tool case, and only one, has no calls");
        }
        if (kind == EvalCase.Kind.CONFIRMATION && pending.isEmpty()) {
            throw new IllegalArgumentException(id + ": a confirmation case names its pending actions");
        }
        if (kind == EvalCase.Kind.INJECTION && forbidden.isEmpty()) {
            throw new IllegalArgumentException(id + ": an injection case names its forbidden tools");
        }
        JsonNode seed = node.path("seed");
        return new EvalCase(
                id,
                kind,
                text(node, "request"),
                new EvalCase.Seed(
                        objects(seed.path("pipelines"), id),
                        objects(seed.path("contacts"), id),
                        objects(seed.path("deals"), id),
                        objects(seed.path("tasks"), id)),
                calls,
                pending,
                state,
                forbidden);
    }

    private static List<EvalCase.ExpectedCall> calls(JsonNode array, Set<String> tools, String id) {
        List<EvalCase.ExpectedCall> calls = new ArrayList<>();
        for (JsonNode call : array) {
            String tool = knownTool(text(call, "tool"), tools, id);
            calls.add(new EvalCase.ExpectedCall(tool, object(call.path("arguments"), id + ": arguments of " + tool)));
        }
        return calls;
    }

    private static String knownTool(String tool, Set<String> tools, String id) {
        if (!tools.contains(tool)) {
            throw new IllegalArgumentException(id + ": there is no CRM tool named " + tool);
        }
        return tool;
    }

    private static List<ObjectNode> objects(JsonNode array, String id) {
        List<ObjectNode> objects = new ArrayList<>();
        array.forEach(item -> objects.add(object(item, id + ": seed record")));
        return objects;
    }

    private static ObjectNode object(JsonNode node, String what) {
        if (node.isMissingNode() || node.isNull()) {
            return JSON.createObjectNode();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
        return (ObjectNode) node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(field + " must be a non-blank string");
        }
        return value.asText();
    }
}
