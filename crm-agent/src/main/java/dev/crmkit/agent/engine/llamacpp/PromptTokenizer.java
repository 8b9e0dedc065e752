package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Pointer;
import dev.crmkit.agent.engine.EngineException;
import dev.crmkit.agent.engine.EngineException.Reason;
import dev.crmkit.agent.engine.Prompt;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokenizes a {@link Prompt} so that only its markup becomes special tokens.
 *
 * <p>llama.cpp's {@code parse_special} is one switch for a whole string: on, a message spelling {@code <|im_end|>}
 * becomes that control token; off, the template's own markers become text. So plain text is tokenized with it
 * off and markup with it on, piece by piece. The pieces are cut exactly where llama.cpp cuts a whole string (at
 * special tokens; each stretch of text between two of them is tokenized on its own there too), so a prompt whose
 * text spells no special token gets the same tokens as before: a marker that is not a special token of this
 * vocabulary (ChatML markers in stories260K) joins the text around it, the beginning- and end-of-sequence
 * tokens are added once, and the whitespace a special token strips beside itself (Phi-3's) is stripped. A markup
 * part mixing special tokens and text is tokenized as one piece.
 *
 * <p>Thread-safe.
 */
final class PromptTokenizer {

    private static final int ATTR_LSTRIP = 1 << 7;
    private static final int ATTR_RSTRIP = 1 << 8;
    private static final int[] TEXT = new int[0];
    private static final int MAX_CACHED_MARKERS = 256;

    private final LlamaLibrary llama;
    private final Pointer vocab;
    /** Markup tokenized before: its special tokens, or {@link #TEXT} when it is plain text in this vocabulary. */
    private final Map<String, int[]> markers = new ConcurrentHashMap<>();

    PromptTokenizer(LlamaLibrary llama, Pointer vocab) {
        this.llama = llama;
        this.vocab = vocab;
    }

    /**
     * @param prompt     the prompt
     * @param addSpecial whether to add the beginning-of-sequence token (and the end one where the vocabulary
     *                   wants it), as a prompt needs
     */
    int[] tokenize(Prompt prompt, boolean addSpecial) {
        Tokens out = new Tokens();
        if (addSpecial && llama.llama_vocab_get_add_bos(vocab) != 0) {
            out.add(llama.llama_vocab_bos(vocab));
        }
        StringBuilder text = new StringBuilder();
        boolean stripLeading = false;
        for (Prompt.Part part : prompt.parts()) {
            int[] special = part.marker() ? special(part.text()) : TEXT;
            if (special == TEXT) {
                text.append(stripLeading && text.isEmpty() ? part.text().stripLeading() : part.text());
                stripLeading &= text.isEmpty();
                continue;
            }
            int attributes = special.length == 1 ? llama.llama_vocab_get_attr(vocab, special[0]) : 0;
            out.add(raw((attributes & ATTR_LSTRIP) != 0 ? text.toString().stripTrailing() : text.toString(), false));
            text.setLength(0);
            out.add(special);
            stripLeading = (attributes & ATTR_RSTRIP) != 0;
        }
        out.add(raw(text.toString(), false));
        if (addSpecial && llama.llama_vocab_get_add_eos(vocab) != 0) {
            out.add(llama.llama_vocab_eos(vocab));
        }
        return out.toArray();
    }

    /**
     * @param text       any text
     * @param parseSpecial whether spellings of special tokens in it become those tokens
     * @return llama.cpp's tokens of {@code text}, without beginning- or end-of-sequence tokens
     */
    int[] raw(String text, boolean parseSpecial) {
        if (text.isEmpty()) {
            return TEXT;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte parse = (byte) (parseSpecial ? 1 : 0);
        int[] tokens = new int[bytes.length + 2];
        int count = llama.llama_tokenize(vocab, bytes, bytes.length, tokens, tokens.length, (byte) 0, parse);
        if (count < 0) {
            tokens = new int[-count];
            count = llama.llama_tokenize(vocab, bytes, bytes.length, tokens, tokens.length, (byte) 0, parse);
        }
        if (count < 0) {
            throw new EngineException(Reason.FAILED, "llama.cpp could not tokenize " + bytes.length + " bytes");
        }
        return Arrays.copyOf(tokens, count);
    }

    /** @return the tokens of {@code markup} when it holds special tokens of this vocabulary, else {@link #TEXT} */
    private int[] special(String markup) {
        int[] known = markers.get(markup);
        if (known != null) {
            return known;
        }
        int[] parsed = raw(markup, true);
        int[] special = Arrays.equals(parsed, raw(markup, false)) ? TEXT : parsed;
        if (markers.size() < MAX_CACHED_MARKERS) {
            markers.put(markup, special);
        }
        return special;
    }

    private static final class Tokens {
        private int[] tokens = new int[64];
        private int size;

        void add(int token) {
            add(new int[] {token});
        }

        void add(int[] more) {
            if (size + more.length > tokens.length) {
                tokens = Arrays.copyOf(tokens, Math.max(tokens.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, tokens, size, more.length);
            size += more.length;
        }

        int[] toArray() {
            return Arrays.copyOf(tokens, size);
        }
    }
}
