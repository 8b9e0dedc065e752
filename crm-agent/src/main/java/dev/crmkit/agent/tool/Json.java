package dev.crmkit.agent.tool;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** Small JSON spelling helpers shared by the dispatcher's classes. */
final class Json {

    private Json() {}

    /** Appends {@code text} as a JSON string literal. */
    static void quote(String text, StringBuilder out) {
        out.append('"')
                .append(JsonStringEncoder.getInstance().quoteAsString(text))
                .append('"');
    }

    /** @return {@code text} as a JSON string literal */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        quote(text, out);
        return out.toString();
    }
}
