package dev.crmkit.agent.gguf;

import java.util.List;

/**
 * A byte-level BPE vocabulary as llama.cpp's {@code gpt2} tokenizer reads it from a GGUF file, in the form
 * llama.cpp's {@code convert_hf_to_gguf.py} writes it: tokens by id, a type per token, the merges in rank
 * order, and the special tokens by text. {@link TokenizerJson} reads one from a Hugging Face
 * {@code tokenizer.json}; {@link RandomWeightsModel#bpeVocabulary} writes it.
 *
 * @param preTokenizer  llama.cpp's name for the pre-tokenizer regex ({@code tokenizer.ggml.pre}), e.g. {@code qwen2}
 * @param tokens        the token texts in GGUF form (bytes mapped to GPT-2's printable characters), by id
 * @param tokenTypes    the llama.cpp token type of each token ({@link #NORMAL}, {@link #CONTROL},
 *                      {@link #USER_DEFINED}), by id
 * @param merges        the merges, highest priority first, each as {@code "left right"}
 * @param bosToken      the beginning-of-sequence token
 * @param eosToken      the end-of-sequence token, where generation stops
 * @param paddingToken  the padding token
 */
public record BpeVocabulary(
        String preTokenizer,
        List<String> tokens,
        List<Integer> tokenTypes,
        List<String> merges,
        String bosToken,
        String eosToken,
        String paddingToken) {

    /** A token of the trained vocabulary. */
    public static final int NORMAL = 1;
    /** An added token the tokenizer treats as special: rendered only on request. */
    public static final int CONTROL = 3;
    /** An added token that is ordinary text, such as Qwen's {@code <tool_call>}: always rendered. */
    public static final int USER_DEFINED = 4;
    /** A token no text maps to, such as the padding up to the model's embedding rows. */
    public static final int UNUSED = 5;

    public BpeVocabulary {
        tokens = List.copyOf(tokens);
        tokenTypes = List.copyOf(tokenTypes);
        merges = List.copyOf(merges);
        if (tokens.size() != tokenTypes.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tokenTypes.size() + " token types");
        }
        for (String special : List.of(bosToken, eosToken, paddingToken)) {
            if (!tokens.contains(special)) {
                throw new IllegalArgumentException("the special token " + special + " is not in the vocabulary");
            }
        }
    }

    /**
     * @param token a token's text
     * @return its id
     * @throws IllegalArgumentException when it is not in the vocabulary
     */
    public int id(String token) {
        int id = tokens.indexOf(token);
        if (id < 0) {
            throw new IllegalArgumentException(token + " is not in the vocabulary");
        }
        return id;
    }
}
