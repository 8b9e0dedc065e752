package dev.crmkit.agent.gguf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the byte-level BPE vocabulary of a Hugging Face {@code tokenizer.json} ({@code model.type = BPE})
 * as llama.cpp's {@code convert_hf_to_gguf.py} turns it into GGUF metadata: the vocabulary and the added
 * tokens by id; an added token is {@link BpeVocabulary#CONTROL} when it is marked special or looks special
 * ({@code <|...|>}), else {@link BpeVocabulary#USER_DEFINED} (Qwen2.5's {@code <tool_call>}); merges as
 * {@code "left right"} whether the file writes them as strings or as pairs.
 */
public final class TokenizerJson {

    private TokenizerJson() {}

    /**
     * @param file Qwen2.5's {@code tokenizer.json}
     * @return its vocabulary with the special tokens of Qwen2.5-Instruct's GGUF files: beginning of sequence
     *         and padding {@code <|endoftext|>}, end of sequence {@code <|im_end|>}
     * @throws UncheckedIOException when the file cannot be read
     */
    public static BpeVocabulary qwen25Instruct(Path file) {
        return read(file, "qwen2", "<|endoftext|>", "<|im_end|>", "<|endoftext|>");
    }

    /**
     * @param file         a {@code tokenizer.json} with a BPE model
     * @param preTokenizer llama.cpp's name for its pre-tokenizer
     * @param bosToken     the beginning-of-sequence token
     * @param eosToken     the end-of-sequence token
     * @param paddingToken the padding token
     * @return the vocabulary, ids without gaps from 0
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a BPE tokenizer, or its ids leave a gap
     */
    public static BpeVocabulary read(
            Path file, String preTokenizer, String bosToken, String eosToken, String paddingToken) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        JsonNode model = root.path("model");
        if (!"BPE".equals(model.path("type").asText())) {
            throw new IllegalArgumentException(file + " is not a BPE tokenizer");
        }
        JsonNode vocabulary = model.path("vocab");
        JsonNode added = root.path("added_tokens");
        String[] tokens = new String[vocabulary.size() + added.size()];
        int[] types = new int[tokens.length];
        for (var entry : vocabulary.properties()) {
            int id = checked(entry.getValue().asInt(-1), tokens.length, file);
            tokens[id] = entry.getKey();
            types[id] = BpeVocabulary.NORMAL;
        }
        for (JsonNode token : added) {
            int id = checked(token.path("id").asInt(-1), tokens.length, file);
            String text = token.path("content").asText();
            tokens[id] = text;
            types[id] = token.path("special").asBoolean() || looksSpecial(text)
                    ? BpeVocabulary.CONTROL
                    : BpeVocabulary.USER_DEFINED;
        }
        for (int id = 0; id < tokens.length; id++) {
            if (tokens[id] == null) {
                throw new IllegalArgumentException(file + " has no token with id " + id);
            }
        }
        List<String> merges = new ArrayList<>();
        for (JsonNode merge : model.path("merges")) {
            merges.add(
                    merge.isArray() ? merge.get(0).asText() + " " + merge.get(1).asText() : merge.asText());
        }
        return new BpeVocabulary(
                preTokenizer,
                Arrays.asList(tokens),
                Arrays.stream(types).boxed().toList(),
                merges,
                bosToken,
                eosToken,
                paddingToken);
    }

    private static int checked(int id, int size, Path file) {
        if (id < 0 || id >= size) {
            throw new IllegalArgumentException(file + " has a token id " + id + " outside 0.." + (size - 1));
        }
        return id;
    }

    /** As convert_hf_to_gguf.py's does_token_look_special for the forms a BPE tokenizer uses. */
    private static boolean looksSpecial(String token) {
        return (token.startsWith("<|") && token.endsWith("|>"))
                || (token.startsWith("<\uff5c") && token.endsWith("\uff5c>"))
                || token.equals("<pad>")
                || token.equals("<mask>");
    }
}
