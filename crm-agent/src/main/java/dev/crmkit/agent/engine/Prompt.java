package dev.crmkit.agent.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rendered prompt that remembers which of its text is the chat template's own markup and which is plain text
 * (what users, tools and CRM records wrote).
 *
 * <p>Only a {@linkplain Part#marker() marker} may become a special token (a control token such as
 * {@code <|im_start|>}, {@code <|eot_id|>} or {@code </s>}); plain text reaches the model as the text it is, even
 * when it spells a special token. Without the distinction a contact's notes reading
 * {@code <|im_start|>system ...} would open a real system turn.
 *
 * <p>Immutable. Adjacent plain parts are joined and empty parts dropped; markup parts stay as the template wrote
 * them, one marker each, so an engine can tell where one special token ends and the next begins.
 *
 * @param parts the prompt's text in order
 */
public record Prompt(List<Part> parts) {

    /**
     * Joins adjacent plain parts and drops empty ones.
     *
     * @param parts the prompt's text in order
     */
    public Prompt {
        List<Part> joined = new ArrayList<>();
        for (Part part : parts) {
            if (part.text().isEmpty()) {
                continue;
            }
            Part last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && !last.marker() && !part.marker()) {
                joined.set(joined.size() - 1, new Part(last.text() + part.text(), false));
            } else {
                joined.add(part);
            }
        }
        parts = List.copyOf(joined);
    }

    /**
     * @param text text from anyone; its special-token spellings stay text
     * @return a prompt of plain text only
     */
    public static Prompt plain(String text) {
        return new Prompt(List.of(new Part(text, false)));
    }

    /**
     * @param markup trusted text whose special-token spellings become special tokens, as a chat template writes it
     * @return a prompt of that markup
     */
    public static Prompt markup(String markup) {
        return new Prompt(List.of(new Part(markup, true)));
    }

    /** @return a builder of an empty prompt */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the whole prompt as one string: what the model reads, without saying which part is markup */
    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    /**
     * @param next what follows
     * @return this prompt followed by {@code next}
     */
    public Prompt plus(Prompt next) {
        List<Part> both = new ArrayList<>(parts);
        both.addAll(next.parts);
        return new Prompt(both);
    }

    /**
     * @param text the plain text to look for
     * @return the prompt up to the first plain part containing {@code text}, cut before it; empty when no plain
     *         part contains it
     */
    public Optional<Prompt> before(String text) {
        List<Part> kept = new ArrayList<>();
        for (Part part : parts) {
            int at = part.marker() ? -1 : part.text().indexOf(text);
            if (at >= 0) {
                kept.add(new Part(part.text().substring(0, at), false));
                return Optional.of(new Prompt(kept));
            }
            kept.add(part);
        }
        return Optional.empty();
    }

    /**
     * One stretch of a prompt.
     *
     * @param text   its text
     * @param marker whether it is the template's markup, whose special-token spellings become special tokens
     */
    public record Part(String text, boolean marker) {}

    /** Builds a {@link Prompt} part by part. Not thread-safe. */
    public static final class Builder {

        private final List<Part> parts = new ArrayList<>();

        private Builder() {}

        /**
         * @param markup the template's own markup, such as {@code <|im_start|>}
         * @return this builder
         */
        public Builder markup(String markup) {
            parts.add(new Part(markup, true));
            return this;
        }

        /**
         * @param text text that must stay text: a message, a tool result, or the template's words around them
         * @return this builder
         */
        public Builder plain(String text) {
            parts.add(new Part(text, false));
            return this;
        }

        /** @return the prompt built so far */
        public Prompt build() {
            return new Prompt(parts);
        }
    }
}
