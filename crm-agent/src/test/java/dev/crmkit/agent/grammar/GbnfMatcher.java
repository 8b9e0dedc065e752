package dev.crmkit.agent.grammar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a GBNF grammar, as {@link ToolCallGrammarCompiler} writes it (one rule a line), accepts a
 * text: the test's stand-in for llama.cpp's grammar sampler, so a test can show what the grammar lets a
 * model write without running a model. Supports literals, character classes, groups, alternatives, rule
 * references and the {@code ? * + {m,n}} repetitions; matches by code points, every parse at once.
 */
public final class GbnfMatcher {

    private sealed interface Expr {}

    private record Literal(int[] codePoints) implements Expr {}

    private record CharClass(boolean negated, List<int[]> ranges) implements Expr {}

    private record Ref(String rule) implements Expr {}

    private record Seq(List<Expr> items) implements Expr {}

    private record Alt(List<Expr> options) implements Expr {}

    private record Repeat(Expr item, int min, int max) implements Expr {}

    private final Map<String, Expr> rules = new HashMap<>();
    private String text = "";
    private int pos;

    private GbnfMatcher(String gbnf) {
        for (String line : gbnf.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int arrow = line.indexOf(" ::= ");
            text = line.substring(arrow + 5);
            pos = 0;
            Expr body = alternatives();
            if (pos != text.length()) {
                throw new IllegalArgumentException("cannot parse rule at " + pos + ": " + line);
            }
            rules.put(line.substring(0, arrow).strip(), body);
        }
    }

    /**
     * @param gbnf the grammar; its rule {@code root} is where matching starts
     * @param input the text
     * @return whether the grammar accepts the whole text
     */
    public static boolean accepts(String gbnf, String input) {
        GbnfMatcher grammar = new GbnfMatcher(gbnf);
        int[] codePoints = input.codePoints().toArray();
        return new Run(grammar.rules, codePoints).ends(new Ref("root"), 0).contains(codePoints.length);
    }

    private Expr alternatives() {
        List<Expr> options = new ArrayList<>();
        options.add(sequence());
        while (skipSpaces() && pos < text.length() && peek() == '|') {
            pos++;
            options.add(sequence());
        }
        return options.size() == 1 ? options.get(0) : new Alt(options);
    }

    private Expr sequence() {
        List<Expr> items = new ArrayList<>();
        while (skipSpaces() && pos < text.length() && peek() != '|' && peek() != ')') {
            items.add(postfix(primary()));
        }
        return items.size() == 1 ? items.get(0) : new Seq(items);
    }

    private Expr primary() {
        char c = peek();
        if (c == '"') {
            pos++;
            List<Integer> codePoints = new ArrayList<>();
            while (peek() != '"') {
                codePoints.add(character());
            }
            pos++;
            return new Literal(codePoints.stream().mapToInt(Integer::intValue).toArray());
        }
        if (c == '[') {
            pos++;
            boolean negated = peek() == '^';
            if (negated) {
                pos++;
            }
            List<int[]> ranges = new ArrayList<>();
            while (peek() != ']') {
                int from = character();
                int to = from;
                if (peek() == '-' && text.charAt(pos + 1) != ']') {
                    pos++;
                    to = character();
                }
                ranges.add(new int[] {from, to});
            }
            pos++;
            return new CharClass(negated, ranges);
        }
        if (c == '(') {
            pos++;
            Expr inner = alternatives();
            skipSpaces();
            pos++; // ')'
            return inner;
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '-' || peek() == '_')) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("unexpected '" + c + "' at " + pos + " in " + text);
        }
        return new Ref(text.substring(start, pos));
    }

    private Expr postfix(Expr item) {
        while (pos < text.length()) {
            char c = peek();
            if (c == '?') {
                item = new Repeat(item, 0, 1);
            } else if (c == '*') {
                item = new Repeat(item, 0, Integer.MAX_VALUE);
            } else if (c == '+') {
                item = new Repeat(item, 1, Integer.MAX_VALUE);
            } else if (c == '{') {
                int close = text.indexOf('}', pos);
                String[] bounds = text.substring(pos + 1, close).split(",", -1);
                int min = Integer.parseInt(bounds[0].strip());
                int max = bounds.length == 1
                        ? min
                        : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
                item = new Repeat(item, min, max);
                pos = close;
            } else {
                return item;
            }
            pos++;
        }
        return item;
    }

    /** One character of a literal or class, escapes resolved. */
    private int character() {
        char c = text.charAt(pos++);
        if (c != '\\') {
            if (Character.isHighSurrogate(c)) {
                return Character.toCodePoint(c, text.charAt(pos++));
            }
            return c;
        }
        char escaped = text.charAt(pos++);
        return switch (escaped) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'x' -> {
                int value = Integer.parseInt(text.substring(pos, pos + 2), 16);
                pos += 2;
                yield value;
            }
            default -> escaped;
        };
    }

    private char peek() {
        return text.charAt(pos);
    }

    private boolean skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
        return true;
    }

    /** Matching one input: the end positions each expression can reach from a start, rules memoised. */
    private record Run(Map<String, Expr> rules, int[] input, Map<String, Set<Integer>> memo) {

        Run(Map<String, Expr> rules, int[] input) {
            this(rules, input, new HashMap<>());
        }

        Set<Integer> ends(Expr expr, int start) {
            Set<Integer> ends = new TreeSet<>();
            if (expr instanceof Literal literal) {
                int[] cps = literal.codePoints();
                if (start + cps.length <= input.length
                        && Arrays.equals(input, start, start + cps.length, cps, 0, cps.length)) {
                    ends.add(start + cps.length);
                }
            } else if (expr instanceof CharClass chars) {
                if (start < input.length) {
                    int c = input[start];
                    boolean inside = chars.ranges().stream().anyMatch(r -> c >= r[0] && c <= r[1]);
                    if (inside != chars.negated()) {
                        ends.add(start + 1);
                    }
                }
            } else if (expr instanceof Ref ref) {
                String key = ref.rule() + "@" + start;
                Set<Integer> known = memo.get(key);
                if (known != null) {
                    return known;
                }
                Expr body = rules.get(ref.rule());
                if (body == null) {
                    throw new IllegalArgumentException("no rule " + ref.rule());
                }
                memo.put(key, Set.of()); // the compiler's grammars are not left-recursive
                ends.addAll(ends(body, start));
                memo.put(key, ends);
            } else if (expr instanceof Seq seq) {
                Set<Integer> current = Set.of(start);
                for (Expr item : seq.items()) {
                    Set<Integer> next = new TreeSet<>();
                    for (int at : current) {
                        next.addAll(ends(item, at));
                    }
                    current = next;
                }
                ends.addAll(current);
            } else if (expr instanceof Alt alt) {
                alt.options().forEach(option -> ends.addAll(ends(option, start)));
            } else if (expr instanceof Repeat repeat) {
                Set<Integer> current = Set.of(start);
                if (repeat.min() == 0) {
                    ends.add(start);
                }
                for (int count = 1; count <= repeat.max() && !current.isEmpty(); count++) {
                    Set<Integer> next = new TreeSet<>();
                    for (int at : current) {
                        for (int end : ends(repeat.item(), at)) {
                            if (end > at) {
                                next.add(end);
                            }
                        }
                    }
                    current = next;
                    if (count >= repeat.min()) {
                        ends.addAll(current);
                    }
                }
            }
            return ends;
        }
    }
}
