package dev.crmkit.agent.llama;

/**
 * Decodes, as tokens arrive, the JSON string value of {@code {"answer": "..."}} so the answer can be
 * streamed as plain text. Feed it every piece of model output; it returns the newly decoded answer
 * text (often empty). Output that turns out to be a tool call yields nothing.
 *
 * <p>Escapes split across pieces are held back until complete. Not thread-safe: one decoder per
 * generation.
 */
final class AnswerStreamDecoder {

    private static final String KEY = "\"answer\"";

    private enum State {
        BEFORE_KEY,
        BEFORE_COLON,
        BEFORE_VALUE,
        IN_STRING,
        DONE,
        NOT_AN_ANSWER
    }

    private State state = State.BEFORE_KEY;
    private final StringBuilder pending = new StringBuilder();

    /**
     * @param piece the next piece of raw model output
     * @return the answer text decoded from it, possibly empty
     */
    String feed(String piece) {
        pending.append(piece);
        StringBuilder decoded = new StringBuilder();
        int i = 0;
        while (i < pending.length()) {
            char c = pending.charAt(i);
            switch (state) {
                case BEFORE_KEY -> {
                    int start = pending.indexOf("\"");
                    if (start < 0) {
                        i = pending.length();
                        break;
                    }
                    if (pending.length() - start < KEY.length()) {
                        return decoded.toString(); // wait for the whole key
                    }
                    state = pending.substring(start, start + KEY.length()).equals(KEY)
                            ? State.BEFORE_COLON
                            : State.NOT_AN_ANSWER;
                    i = start + KEY.length();
                }
                case BEFORE_COLON -> {
                    if (c == ':') {
                        state = State.BEFORE_VALUE;
                    }
                    i++;
                }
                case BEFORE_VALUE -> {
                    if (c == '"') {
                        state = State.IN_STRING;
                    }
                    i++;
                }
                case IN_STRING -> {
                    if (c == '"') {
                        state = State.DONE;
                        i++;
                    } else if (c == '\\') {
                        int consumed = escape(i, decoded);
                        if (consumed == 0) {
                            pending.delete(0, i);
                            return decoded.toString();
                        }
                        i += consumed;
                    } else {
                        decoded.append(c);
                        i++;
                    }
                }
                case DONE, NOT_AN_ANSWER -> i = pending.length();
            }
        }
        pending.setLength(0);
        return decoded.toString();
    }

    /** @return characters consumed by the escape at {@code at}, or 0 when it is not complete yet */
    private int escape(int at, StringBuilder decoded) {
        if (at + 1 >= pending.length()) {
            return 0;
        }
        char kind = pending.charAt(at + 1);
        switch (kind) {
            case 'n' -> decoded.append('\n');
            case 't' -> decoded.append('\t');
            case 'r' -> decoded.append('\r');
            case 'b' -> decoded.append('\b');
            case 'f' -> decoded.append('\f');
            case 'u' -> {
                if (at + 6 > pending.length()) {
                    return 0;
                }
                decoded.append((char) Integer.parseInt(pending.substring(at + 2, at + 6), 16));
                return 6;
            }
            default -> decoded.append(kind);
        }
        return 2;
    }
}
