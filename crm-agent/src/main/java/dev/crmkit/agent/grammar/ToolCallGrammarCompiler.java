package dev.crmkit.agent.grammar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.agent.AgentException;
import dev.crmkit.agent.schema.SchemaNode;
import dev.crmkit.agent.schema.SchemaNode.AnyOfNode;
import dev.crmkit.agent.schema.SchemaNode.ArrayNode;
import dev.crmkit.agent.schema.SchemaNode.BooleanNode;
import dev.crmkit.agent.schema.SchemaNode.EnumNode;
import dev.crmkit.agent.schema.SchemaNode.IntegerNode;
import dev.crmkit.agent.schema.SchemaNode.NullNode;
import dev.crmkit.agent.schema.SchemaNode.NumberNode;
import dev.crmkit.agent.schema.SchemaNode.ObjectNode;
import dev.crmkit.agent.schema.SchemaNode.StringNode;
import dev.crmkit.agent.schema.Schemas;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles tool specifications into a {@link ToolCallGrammar} that fits a token budget.
 *
 * <p>Why GBNF written here rather than llama.cpp's {@code json_schema_to_grammar}: the worst-case
 * length of every rule must be known to guarantee that no output is cut off, and the native converter
 * emits unbounded constructs (arrays without {@code maxItems}, up to 20 whitespace characters per
 * gap, {@code \\u} escapes, exponents) that we would have to parse back out; it also runs C++ that
 * aborts the JVM on an exception instead of throwing.
 *
 * <p>Properties are written in declaration order, with at most one space after {@code :} and
 * {@code ,}. When the worst case exceeds the budget, string and array bounds are lowered together
 * (the largest cap that fits is searched for); the output then stays valid for the schema, only
 * shorter. Stateless and thread-safe.
 */
public final class ToolCallGrammarCompiler {

    private static final Logger log = LoggerFactory.getLogger(ToolCallGrammarCompiler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** {"answer": } around the answer string, with one optional space. */
    private static final int ANSWER_OVERHEAD = GbnfRules.bytes("{\"answer\": }");

    private final GrammarLimits limits;

    /**
     * @param limits bounds for strings, arrays and answers that the schemas leave open
     */
    public ToolCallGrammarCompiler(GrammarLimits limits) {
        this.limits = limits;
    }

    /**
     * @param tools         the tools the model may call, at least one, with distinct names
     * @param answerAllowed whether the model may answer instead of calling a tool
     * @param maxTokens     the generation budget every output must fit
     * @return the grammar
     * @throws AgentException when a tool cannot fit the budget even with its strings emptied
     * @throws dev.crmkit.agent.schema.UnsupportedSchemaException when a schema leaves the supported subset
     */
    public ToolCallGrammar compile(List<ToolSpecification> tools, boolean answerAllowed, int maxTokens) {
        if (tools.isEmpty()) {
            throw new IllegalArgumentException("a tool-call grammar needs at least one tool");
        }
        Set<String> names = new HashSet<>();
        for (ToolSpecification tool : tools) {
            if (!names.add(tool.name())) {
                throw new AgentException("two tools are named " + tool.name() + "; tool names must be unique");
            }
        }
        List<ObjectNode> schemas = tools.stream().map(Schemas::ofTool).toList();
        int cap = largestFittingCap(tools, schemas, maxTokens);
        GbnfRules rules = new GbnfRules();
        List<String> alternatives = new ArrayList<>();
        int worst = 0;
        for (int i = 0; i < tools.size(); i++) {
            Fragment call = call(tools.get(i).name(), schemas.get(i), cap, rules);
            String name = "call-" + i;
            rules.define(name, call.expression());
            alternatives.add(name);
            worst = Math.max(worst, call.bytes());
        }
        int answerLength = 0;
        if (answerAllowed) {
            answerLength = Math.min(
                    limits.maxAnswerLength(), (maxTokens - ANSWER_OVERHEAD - 2) / GbnfRules.MAX_BYTES_PER_CHAR);
            if (answerLength < 1) {
                throw new AgentException("maxTokens " + maxTokens + " leaves no room for an answer; raise maxTokens");
            }
            rules.define(
                    "answer",
                    "\"{\" " + GbnfRules.literal("\"answer\"") + " \":\" ws " + rules.string(answerLength) + " \"}\"");
            alternatives.add(0, "answer");
            worst = Math.max(worst, ANSWER_OVERHEAD + GbnfRules.stringBytes(answerLength));
        }
        String gbnf = rules.render(String.join(" | ", alternatives));
        log.debug(
                "compiled a grammar for tools {} (answer: {} chars, string cap: {}): worst case {} bytes",
                names,
                answerLength,
                cap,
                worst);
        return new ToolCallGrammar(gbnf, tools, answerAllowed, answerLength, worst);
    }

    /** @return the largest string-length cap under which every tool's call fits {@code maxTokens} */
    private int largestFittingCap(List<ToolSpecification> tools, List<ObjectNode> schemas, int maxTokens) {
        int high = limits.maxStringLength();
        for (ObjectNode schema : schemas) {
            high = Math.max(high, largestDeclaredBound(schema));
        }
        if (fits(tools, schemas, high, maxTokens)) {
            return high;
        }
        if (!fits(tools, schemas, 0, maxTokens)) {
            throw new AgentException("the arguments of tools "
                    + tools.stream().map(ToolSpecification::name).collect(Collectors.toList())
                    + " cannot fit in maxTokens " + maxTokens
                    + " even with empty strings; raise maxTokens or simplify the tools");
        }
        int low = 0;
        while (low < high - 1) {
            int middle = (low + high) >>> 1;
            if (fits(tools, schemas, middle, maxTokens)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        log.warn("tool arguments are cut to {} characters per string so every call fits maxTokens {}", low, maxTokens);
        return low;
    }

    private boolean fits(List<ToolSpecification> tools, List<ObjectNode> schemas, int cap, int maxTokens) {
        GbnfRules scratch = new GbnfRules();
        for (int i = 0; i < tools.size(); i++) {
            if (call(tools.get(i).name(), schemas.get(i), cap, scratch).bytes() > maxTokens) {
                return false;
            }
        }
        return true;
    }

    private static int largestDeclaredBound(SchemaNode node) {
        if (node instanceof StringNode string) {
            return string.maxLength().orElse(0);
        }
        if (node instanceof ObjectNode object) {
            return object.properties().values().stream()
                    .mapToInt(ToolCallGrammarCompiler::largestDeclaredBound)
                    .max()
                    .orElse(0);
        }
        if (node instanceof ArrayNode array) {
            return largestDeclaredBound(array.items());
        }
        if (node instanceof AnyOfNode anyOf) {
            return anyOf.alternatives().stream()
                    .mapToInt(ToolCallGrammarCompiler::largestDeclaredBound)
                    .max()
                    .orElse(0);
        }
        return 0;
    }

    private Fragment call(String toolName, ObjectNode schema, int cap, GbnfRules rules) {
        String head = "{\"tool\": " + json(toolName) + ", \"arguments\": ";
        Fragment arguments = value(schema, cap, rules);
        String expression = "\"{\" " + GbnfRules.literal("\"tool\"") + " \":\" ws " + GbnfRules.literal(json(toolName))
                + " \",\" ws " + GbnfRules.literal("\"arguments\"") + " \":\" ws " + arguments.expression() + " \"}\"";
        return new Fragment(expression, GbnfRules.bytes(head) + arguments.bytes() + 1);
    }

    private Fragment value(SchemaNode node, int cap, GbnfRules rules) {
        if (node instanceof StringNode string) {
            int length = Math.min(string.maxLength().orElse(limits.maxStringLength()), cap);
            return new Fragment(rules.string(length), GbnfRules.stringBytes(length));
        }
        if (node instanceof IntegerNode) {
            return new Fragment("integer", GbnfRules.INTEGER_BYTES);
        }
        if (node instanceof NumberNode) {
            return new Fragment("number", GbnfRules.NUMBER_BYTES);
        }
        if (node instanceof BooleanNode) {
            return new Fragment("boolean", 5);
        }
        if (node instanceof NullNode) {
            return new Fragment("null", 4);
        }
        if (node instanceof EnumNode enumeration) {
            List<String> values = enumeration.values().stream()
                    .map(ToolCallGrammarCompiler::json)
                    .toList();
            String expression = "(" + values.stream().map(GbnfRules::literal).collect(Collectors.joining(" | ")) + ")";
            return new Fragment(
                    expression, values.stream().mapToInt(GbnfRules::bytes).max().orElse(0));
        }
        if (node instanceof ArrayNode array) {
            return array(array, cap, rules);
        }
        if (node instanceof AnyOfNode anyOf) {
            List<Fragment> alternatives =
                    anyOf.alternatives().stream().map(a -> value(a, cap, rules)).toList();
            String expression =
                    "(" + alternatives.stream().map(Fragment::expression).collect(Collectors.joining(" | ")) + ")";
            return new Fragment(
                    expression,
                    alternatives.stream().mapToInt(Fragment::bytes).max().orElse(0));
        }
        return object((ObjectNode) node, cap, rules);
    }

    /** Arrays shrink with the string cap (one element per 16 characters of cap, at least one). */
    private Fragment array(ArrayNode array, int cap, GbnfRules rules) {
        int items = Math.min(array.maxItems().orElse(limits.maxArrayItems()), Math.max(1, cap / 16));
        Fragment item = value(array.items(), cap, rules);
        String name = rules.newName("array");
        String body = items == 1
                ? "\"[\" (" + item.expression() + ")? \"]\""
                : "\"[\" (" + item.expression() + " (\",\" ws " + item.expression() + "){0," + (items - 1)
                        + "})? \"]\"";
        rules.define(name, body);
        return new Fragment(name, 2 + items * item.bytes() + (items - 1) * 2);
    }

    private Fragment object(ObjectNode object, int cap, GbnfRules rules) {
        List<String> names = new ArrayList<>(object.properties().keySet());
        if (names.isEmpty()) {
            return new Fragment("\"{\" \"}\"", 2);
        }
        List<Fragment> pairs = new ArrayList<>();
        int worst = 2;
        for (Map.Entry<String, SchemaNode> property : object.properties().entrySet()) {
            Fragment value = value(property.getValue(), cap, rules);
            String key = json(property.getKey());
            pairs.add(new Fragment(
                    GbnfRules.literal(key) + " \":\" ws " + value.expression(),
                    GbnfRules.bytes(key) + 2 + value.bytes()));
        }
        worst += pairs.stream().mapToInt(Fragment::bytes).sum() + (pairs.size() - 1) * 2;
        String name = rules.newName("object");
        boolean anyRequired = names.stream().anyMatch(object.required()::contains);
        rules.define(
                name, anyRequired ? withRequired(names, pairs, object.required()) : allOptional(name, pairs, rules));
        return new Fragment(name, worst);
    }

    /** Optional properties before the first required one carry a trailing comma, after it a leading one. */
    private static String withRequired(List<String> names, List<Fragment> pairs, Set<String> required) {
        StringBuilder body = new StringBuilder("\"{\"");
        boolean seenRequired = false;
        for (int i = 0; i < names.size(); i++) {
            String pair = pairs.get(i).expression();
            boolean isRequired = required.contains(names.get(i));
            if (!seenRequired) {
                body.append(isRequired ? " " + pair : " (" + pair + " \",\" ws)?");
            } else {
                body.append(isRequired ? " \",\" ws " + pair : " (\",\" ws " + pair + ")?");
            }
            seenRequired |= isRequired;
        }
        return body.append(" \"}\"").toString();
    }

    /** Any ordered subset: rest-k chooses the next property present among k..n. */
    private static String allOptional(String name, List<Fragment> pairs, GbnfRules rules) {
        int n = pairs.size();
        for (int k = n - 1; k >= 0; k--) {
            String next = k + 1 < n ? " (\",\" ws " + name + "-rest-" + (k + 1) + ")?" : "";
            rules.define(name + "-from-" + k, pairs.get(k).expression() + next);
            StringBuilder rest = new StringBuilder();
            for (int j = k; j < n; j++) {
                rest.append(j > k ? " | " : "").append(name).append("-from-").append(j);
            }
            rules.define(name + "-rest-" + k, rest.toString());
        }
        return "\"{\" (" + name + "-rest-0)? \"}\"";
    }

    private static String json(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Java string always serialises", e);
        }
    }

    private record Fragment(String expression, int bytes) {}
}
