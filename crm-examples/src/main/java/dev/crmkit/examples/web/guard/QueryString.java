package dev.crmkit.examples.web.guard;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A raw query string decoded strictly: every {@code %} followed by two hex digits, the bytes valid
 * UTF-8 (no overlong forms, no surrogates), no C0 control character but tab, newline and carriage
 * return. Tomcat would fail on the first two only when a parameter is first read, deep inside a
 * controller, as an exception that looks like a server error.
 *
 * <p>Immutable and thread-safe.
 *
 * @param parameters the decoded parameters in order, duplicates kept
 */
public record QueryString(List<Parameter> parameters) {

    /** One {@code name=value} pair, decoded. */
    public record Parameter(String name, String value) {}

    /** Why a query string was refused: the parameter (as sent, shortened) and the rule. */
    public static final class Malformed extends Exception {

        private static final long serialVersionUID = 1L;

        private final String parameter;

        Malformed(String parameter, String message) {
            super(message, null, false, false);
            this.parameter = parameter;
        }

        /** The parameter's name as far as it could be read, for the problem's {@code errors}. */
        public String parameter() {
            return parameter;
        }
    }

    /**
     * @param raw the query string as received, or {@code null} for none
     * @throws Malformed naming the first parameter that breaks a rule
     */
    public static QueryString parse(@Nullable String raw) throws Malformed {
        List<Parameter> parameters = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return new QueryString(parameters);
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String shown = rawName.length() > 40 ? rawName.substring(0, 40) : rawName;
            String name = decode(rawName, shown);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
            parameters.add(new Parameter(name, value));
        }
        return new QueryString(parameters);
    }

    /** The names of the parameters, in order, each once. */
    public List<String> names() {
        return parameters.stream().map(Parameter::name).distinct().toList();
    }

    private static String decode(String text, String parameter) throws Malformed {
        ByteBuffer bytes = ByteBuffer.allocate(text.length() * 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new Malformed(parameter, "has a % that is not followed by two hex digits");
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new Malformed(parameter, "has a % that is not followed by two hex digits");
                }
                bytes.put((byte) (high << 4 | low));
                i += 2;
            } else if (c == '+') {
                bytes.put((byte) ' ');
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Malformed(parameter, "is not valid UTF-8 once percent-decoded");
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (ControlCharacters.isRefused(c)) {
                throw new Malformed(parameter, "must not contain control characters");
            }
        }
        return decoded;
    }
}
