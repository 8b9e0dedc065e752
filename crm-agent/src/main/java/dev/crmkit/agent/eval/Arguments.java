package dev.crmkit.agent.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How expected values are compared with what a model wrote (tool arguments) and what the CRM holds
 * (state checks). The rules, so that a model is not marked wrong for a harmless difference:
 *
 * <ul>
 *   <li><b>Every expected key must match.</b> An expected {@code null} matches an absent or null value.
 *   <li><b>Extra keys</b> the model wrote are allowed when null, and on the listing tools
 *       ({@code search_*}, {@code overdue_tasks}) when they are {@code limit}, {@code sort},
 *       {@code direction} or {@code cursor}. Any other extra key is a mismatch: it would change or filter
 *       something nobody asked for. (State checks ignore fields they do not name.)
 *   <li><b>Text</b> compares after Unicode NFKC, trimming, collapsing inner whitespace and lower-casing
 *       ({@code " John  DOE"} = {@code "john doe"}); enum values and stage keys are text too.
 *   <li><b>Numbers</b> compare by value ({@code 5000} = {@code 5000.00} = {@code 5e3}); JSON types must
 *       otherwise agree: {@code "5000"} is text and does not match the number {@code 5000}.
 *   <li><b>{@code {"$contains": "call"}}</b> matches text that contains {@code call} after the same
 *       normalisation: for titles, notes and descriptions a model may word freely.
 *   <li><b>{@code {"$oneOf": ["grace", "grace hopper"]}}</b> matches any of the values: for a search text
 *       a model may reasonably shorten.
 * </ul>
 */
public final class Arguments {

    /** The matcher for free text. */
    public static final String CONTAINS = "$contains";

    /** The matcher for one of several values. */
    public static final String ONE_OF = "$oneOf";

    private static final Set<String> LISTING_EXTRAS = Set.of("limit", "sort", "direction", "cursor");

    private Arguments() {}

    /**
     * @param tool     the tool called
     * @param expected the case's arguments
     * @param actual   what the model wrote (an object; anything else mismatches)
     * @return the mismatches, one sentence each; empty when the call matches
     */
    public static List<String> mismatches(String tool, ObjectNode expected, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        if (!actual.isObject()) {
            problems.add("the arguments are not a JSON object");
            return problems;
        }
        compareFields(expected, actual, problems);
        boolean listing = tool.startsWith("search_") || tool.equals("overdue_tasks");
        for (Map.Entry<String, JsonNode> field : actual.properties()) {
            if (!expected.has(field.getKey())
                    && !field.getValue().isNull()
                    && !(listing && LISTING_EXTRAS.contains(field.getKey()))) {
                problems.add(field.getKey() + ": not expected, got " + field.getValue());
            }
        }
        return problems;
    }

    /**
     * Compares only the fields {@code expected} names.
     *
     * @return the mismatches; empty when every named field matches
     */
    public static List<String> fieldMismatches(ObjectNode expected, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        compareFields(expected, actual, problems);
        return problems;
    }

    private static void compareFields(ObjectNode expected, JsonNode actual, List<String> problems) {
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            JsonNode value = actual.get(field.getKey());
            if (!matches(field.getValue(), value)) {
                problems.add(field.getKey() + ": expected " + field.getValue() + ", got "
                        + (value == null ? "nothing" : value.toString()));
            }
        }
    }

    /**
     * @param expected a case's value, possibly a {@code $contains} matcher
     * @param actual   the value found, or null when absent
     * @return true when they match by the rules above
     */
    public static boolean matches(JsonNode expected, @Nullable JsonNode actual) {
        if (expected.isNull()) {
            return actual == null || actual.isNull();
        }
        if (actual == null || actual.isNull()) {
            return false;
        }
        if (expected.isObject() && expected.has(CONTAINS)) {
            return actual.isTextual()
                    && normal(actual.asText())
                            .contains(normal(expected.get(CONTAINS).asText()));
        }
        if (expected.isObject() && expected.has(ONE_OF)) {
            for (JsonNode option : expected.get(ONE_OF)) {
                if (matches(option, actual)) {
                    return true;
                }
            }
            return false;
        }
        if (expected.isNumber()) {
            return actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isTextual()) {
            return actual.isTextual() && normal(expected.asText()).equals(normal(actual.asText()));
        }
        return expected.equals(actual);
    }

    /** @return the text as compared: NFKC, trimmed, inner whitespace collapsed, lower case */
    public static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
