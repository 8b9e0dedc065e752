package dev.crmkit.agent.grammar;

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
import java.util.LinkedHashMap;
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
 * {@code ,}. Each tool is fitted to the budget on its own: when one tool's worst case exceeds it, that
 * tool's string and array bounds are lowered together (the largest cap that fits is searched for); the
 * output then stays valid for the schema, only shorter, and the other tools keep their bounds. With a
 * budget of {@link Integer#MAX_VALUE} nothing is cut. Stateless and thread-safe.
 */
public final class ToolCallGrammarCompiler {

    private static final Logger log = LoggerFactory.getLogger(ToolCallGrammarCompiler.class);
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
     * @param maxTokens     the generation budget every output must fit; {@link Integer#MAX_VALUE} for none,
     *                      so that only the schemas and {@link GrammarLimits} bound the output
     * @return the grammar, in one stage and in two ({@link ToolCallGrammar#toolChoiceGbnf()})
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
        GbnfRules rules = new GbnfRules();
        GbnfRules choiceRules = new GbnfRules();
        List<String> alternatives = new ArrayList<>();
        List<String> toolNames = new ArrayList<>();
        Map<String, ArgumentsGrammar> arguments = new LinkedHashMap<>();
        List<String> cut = new ArrayList<>();
        int worst = 0;
        int choiceWorst = 0;
        for (int i = 0; i < tools.size(); i++) {
            ToolSpecification tool = tools.get(i);
            ObjectNode schema = Schemas.ofTool(tool);
            // Each tool is fitted on its own: a long tool is never the reason a short one is cut.
            ArgumentsGrammar second = arguments(tool.name(), schema, maxTokens);
            arguments.put(tool.name(), second);
            if (second.cut()) {
                cut.add(tool.name() + " (" + second.stringCap() + ")");
            }
            Fragment call = call(tool.name(), schema, second.stringCap(), rules);
            String name = "call-" + i;
            rules.define(name, call.expression());
            alternatives.add(name);
            worst = Math.max(worst, call.bytes());
            toolNames.add(GbnfRules.literal(JsonText.quoted(tool.name())));
            choiceWorst = Math.max(choiceWorst, GbnfRules.bytes(head(tool.name())));
        }
        if (!cut.isEmpty()) {
            log.warn(
                    "tool arguments are cut (characters per string) so every call fits maxTokens {}: {}",
                    maxTokens,
                    cut);
        }
        choiceRules.define(
                "tool-choice",
                "\"{\" " + GbnfRules.literal("\"tool\"") + " \":\" ws (" + String.join(" | ", toolNames) + ")");
        List<String> choices = new ArrayList<>(List.of("tool-choice"));
        int answerLength = 0;
        if (answerAllowed) {
            answerLength = Math.min(
                    limits.maxAnswerLength(), (maxTokens - ANSWER_OVERHEAD - 2) / GbnfRules.MAX_BYTES_PER_CHAR);
            if (answerLength < 1) {
                throw new AgentException("maxTokens " + maxTokens + " leaves no room for an answer; raise maxTokens");
            }
            for (GbnfRules target : List.of(rules, choiceRules)) {
                target.define(
                        "answer",
                        "\"{\" " + GbnfRules.literal("\"answer\"") + " \":\" ws " + target.string(answerLength)
                                + " \"}\"");
            }
            alternatives.add(0, "answer");
            choices.add(0, "answer");
            int answerBytes = ANSWER_OVERHEAD + GbnfRules.stringBytes(answerLength);
            worst = Math.max(worst, answerBytes);
            choiceWorst = Math.max(choiceWorst, answerBytes);
        }
        String gbnf = rules.render(String.join(" | ", alternatives));
        log.debug(
                "compiled a grammar for tools {} (answer: {} chars): worst case {} bytes, {} to choose",
                names,
                answerLength,
                worst,
                choiceWorst);
        return new ToolCallGrammar(
                gbnf,
                tools,
                answerAllowed,
                answerLength,
                worst,
                choiceRules.render(String.join(" | ", choices)),
                choiceWorst,
                arguments);
    }

    /**
     * The second stage of a call to one tool, its strings capped only as far as {@code maxTokens} needs:
     * for a call whose first stage has been written and whose budget is known only then.
     *
     * @param tool      the tool
     * @param maxTokens the budget the whole call ({@code {"tool": ...}} included) must fit
     * @return the grammar of {@code , "arguments": {...}}}
     * @throws AgentException when the call cannot fit even with its strings emptied
     */
    public ArgumentsGrammar arguments(ToolSpecification tool, int maxTokens) {
        return arguments(tool.name(), Schemas.ofTool(tool), maxTokens);
    }

    private ArgumentsGrammar arguments(String toolName, ObjectNode schema, int maxTokens) {
        int needed = Math.max(limits.maxStringLength(), largestDeclaredBound(schema));
        int cap = largestFittingCap(toolName, schema, needed, maxTokens);
        GbnfRules rules = new GbnfRules();
        Fragment arguments = value(schema, cap, rules);
        String expression =
                "\",\" ws " + GbnfRules.literal("\"arguments\"") + " \":\" ws " + arguments.expression() + " \"}\"";
        int bytes = GbnfRules.bytes(", \"arguments\": ") + arguments.bytes() + 1;
        return new ArgumentsGrammar(toolName, rules.render(expression), bytes, cap, cap < needed);
    }

    /** @return the largest string-length cap, at most {@code high}, under which the call fits {@code maxTokens} */
    private int largestFittingCap(String toolName, ObjectNode schema, int high, int maxTokens) {
        if (fits(toolName, schema, high, maxTokens)) {
            return high;
        }
        if (!fits(toolName, schema, 0, maxTokens)) {
            throw new AgentException("the arguments of tool " + toolName + " cannot fit in maxTokens " + maxTokens
                    + " even with empty strings; raise maxTokens or simplify the tool");
        }
        int low = 0;
        while (low < high - 1) {
            int middle = (low + high) >>> 1;
            if (fits(toolName, schema, middle, maxTokens)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private boolean fits(String toolName, ObjectNode schema, int cap, int maxTokens) {
        return call(toolName, schema, cap, new GbnfRules()).bytes() <= maxTokens;
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

    /** @return the first stage of a call: {@code {"tool": "<name>"}} */
    private static String head(String toolName) {
        return "{\"tool\": " + JsonText.quoted(toolName);
    }

    private Fragment call(String toolName, ObjectNode schema, int cap, GbnfRules rules) {
        String head = head(toolName) + ", \"arguments\": ";
        Fragment arguments = value(schema, cap, rules);
        String expression = "\"{\" " + GbnfRules.literal("\"tool\"") + " \":\" ws "
                + GbnfRules.literal(JsonText.quoted(toolName)) + " \",\" ws " + GbnfRules.literal("\"arguments\"")
                + " \":\" ws " + arguments.expression() + " \"}\"";
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
            List<String> values =
                    enumeration.values().stream().map(JsonText::quoted).toList();
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
            String key = JsonText.quoted(property.getKey());
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

    private record Fragment(String expression, int bytes) {}
}
