package dev.crmkit.agent.grammar;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of one GBNF grammar under construction, and the GBNF spelling of literals.
 *
 * <p>JSON strings exclude the {@code \\u} escape: it costs six bytes for one character, and a model
 * never needs it to write text.
 */
final class GbnfRules {

    /** Bytes one string character can take: a four-byte UTF-8 code point is the longest. */
    static final int MAX_BYTES_PER_CHAR = 4;

    private final Map<String, String> rules = new LinkedHashMap<>();
    private int counter;

    GbnfRules() {
        rules.put("ws", "\" \"?");
        rules.put("char", "[^\"\\\\\\x00-\\x1F\\x7F] | \"\\\\\" [\"\\\\/bfnrt]");
        rules.put("integer", "\"-\"? ([0] | [1-9] [0-9]{0,15})");
        rules.put("number", "\"-\"? ([0] | [1-9] [0-9]{0,15}) (\".\" [0-9]{1,15})?");
        rules.put("boolean", "\"true\" | \"false\"");
        rules.put("null", "\"null\"");
    }

    /** Worst case of {@code integer}: a sign and 16 digits. */
    static final int INTEGER_BYTES = 17;
    /** Worst case of {@code number}: a sign, 16 digits, a point and 15 digits. */
    static final int NUMBER_BYTES = 33;

    /** @return the name of a rule for a JSON string of at most {@code maxLength} characters */
    String string(int maxLength) {
        String name = "string-" + maxLength;
        rules.putIfAbsent(name, maxLength == 0 ? "\"\\\"\\\"\"" : "\"\\\"\" char{0," + maxLength + "} \"\\\"\"");
        return name;
    }

    static int stringBytes(int maxLength) {
        return 2 + MAX_BYTES_PER_CHAR * maxLength;
    }

    /** @return a fresh rule name starting with {@code prefix} */
    String newName(String prefix) {
        return prefix + "-" + counter++;
    }

    void define(String name, String body) {
        rules.put(name, body);
    }

    /** @return the grammar text, root first */
    String render(String rootBody) {
        StringBuilder gbnf = new StringBuilder("root ::= ").append(rootBody).append('\n');
        rules.forEach(
                (name, body) -> gbnf.append(name).append(" ::= ").append(body).append('\n'));
        return gbnf.toString();
    }

    /** @return {@code text} as a GBNF string literal */
    static String literal(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20) {
                        literal.append(String.format("\\x%02X", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
